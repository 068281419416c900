// Package ingest reads articles as they arrive — plain text with optional
// YAML front matter, HTML pages, news-please JSON and JSONL — into
// timeline.Documents: the text, its metadata, its publication date, and its
// kept sentences with boilerplate left out.
package ingest
