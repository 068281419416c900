package actor

import "github.com/storyline/storyline/timeline"

// findCasesMore are the rest of TestFind's rows.
var findCasesMore = []findCase{
	{
		name:  "the capitals of Asian and Commonwealth states stand for their governments",
		spans: body("Washington and Tokyo called for calm.", "Seoul protested to Beijing.", "The envoy flew to Seoul."),
		want: []want{
			{text: "Tokyo", kind: timeline.Organization, ref: "japanese-government", country: "japan"},
			{text: "Seoul", kind: timeline.Organization, ref: "south-korean-government", country: "south-korea"},
			{text: "Seoul", kind: timeline.Place, ref: "seoul"},
		},
	},
	{
		name:  "places the gazetteer lacks, from where they stand",
		spans: body("Talks were held in Ostravia on Monday.", "Troops advanced in Russia’s Belgorsk region.", "The envoy flew to Vesterby."),
		want: []want{
			{text: "Ostravia", kind: timeline.Place},
			{text: "Belgorsk", kind: timeline.Place, country: "russia"},
			{text: "Vesterby", kind: timeline.Place},
		},
	},
	{
		name:  "demonyms before group nouns are groups of the country",
		spans: body("Russian officials met Ukrainian forces and U.S. officials.", "One Russian official spoke; Russian troops moved."),
		want: []want{
			{text: "Russian officials", kind: timeline.Group, ref: "russian-officials", name: "Russian officials", country: "russia"},
			{text: "Ukrainian forces", kind: timeline.Group, ref: "ukrainian-forces", country: "ukraine"},
			{text: "U.S. officials", kind: timeline.Group, ref: "us-officials", name: "US officials"},
			{text: "Russian official", ref: "russian-officials"},
			{text: "Russian troops", ref: "russian-forces"},
		},
	},
	{
		name:  "coordinated demonyms share the group noun",
		spans: body("American and Russian negotiators met in Riyadh."),
		want: []want{
			{text: "American", kind: timeline.Group, ref: "us-officials", country: "united-states"},
			{text: "Russian negotiators", kind: timeline.Group, ref: "russian-officials"},
			{text: "Riyadh", kind: timeline.Place},
		},
	},
	{
		name: "bodies named after their state",
		spans: body("The Russian Foreign Ministry said it was ready.", "Russian Deputy Foreign Minister Ivan Petrenko agreed.",
			"The Russian Security Council secretary Oleg Vasko spoke."),
		want: []want{
			{text: "Russian Foreign Ministry", kind: timeline.Organization, country: "russia"},
			{text: "Russian Security Council", kind: timeline.Organization, country: "russia"},
			{text: "Oleg Vasko", kind: timeline.Person, role: "Russian Security Council secretary", country: "russia"},
			{text: "Ivan Petrenko", kind: timeline.Person, role: "Russian Deputy Foreign Minister"},
		},
		not: []string{"Russian Deputy Foreign Minister Ivan Petrenko"},
	},
	{
		name: "a person's administration is the government of the person's state",
		spans: body("US President Hal Brody spoke.", "The Brody administration said no.", "The Kessler administration had said yes.",
			"The Brody campaign disagreed."),
		want: []want{
			{text: "Brody administration", kind: timeline.Organization, ref: "us-government", country: "united-states"},
			{text: "Kessler administration", kind: timeline.Organization, name: "Kessler administration"},
			{text: "Brody campaign", kind: timeline.Organization, name: "Brody campaign"},
		},
	},
	{
		name:  "bodies of people that act on their own are groups",
		spans: body("Rescuers pulled a girl from the rubble.", "Police arrested the owner.", "Hundreds of residents marched."),
		want: []want{
			{text: "Rescuers", kind: timeline.Group, name: "rescuers"},
			{text: "Police", kind: timeline.Group, name: "police"},
			{text: "residents", kind: timeline.Group, name: "residents"},
		},
		not: []string{"girl", "owner", "Hundreds"},
	},
	{
		name:  "a demonym alone is not an actor",
		spans: body("The area is under Russian control and Ukrainian soil is contested."),
		not:   []string{"Russian", "Ukrainian", "The"},
	},
	{
		name: "an office names the person the document gives it",
		spans: body("Russian President Ivan Petrenko arrived.", "Vell said the Russian leader accepted it.",
			"He met the French president, Emile Marchand.", "Later the Italian president said no."),
		want: []want{
			{text: "the Russian leader", kind: timeline.Person, name: "Ivan Petrenko", country: "russia"},
			{text: "Emile Marchand", role: "French president", country: "france"},
		},
		not: []string{"the French president", "the Italian president"},
	},
	{
		name:  "an office the document gives no one is the one fitting person of the sentence before",
		spans: body("Ivan Petrenko agreed to a pause on Tuesday.", "The Russian leader gave the undertaking in a call."),
		want:  []want{{text: "The Russian leader", kind: timeline.Person, name: "Ivan Petrenko", noCountry: true}},
	},
	{
		name:  "an office beside a pronoun for the person of the sentence before is someone else",
		spans: body("Mr Hal Brody said the talks went well.", "He said the Russian leader wanted peace as much as he did."),
		not:   []string{"the Russian leader"},
	},
	{
		name:  "an office names no one its own sentence names",
		spans: body("Hal Brody spoke on Monday.", "Ana Vell said she expected Mr Brody and the Russian president to meet."),
		not:   []string{"the Russian president"},
	},
	{
		name:  "a pronoun after a person named in the same sentence is that person",
		spans: body("Ivan Petrenko spoke on Monday.", "Hal Brody said he hoped to see the Russian leader soon."),
		want:  []want{{text: "the Russian leader", kind: timeline.Person, name: "Ivan Petrenko"}},
	},
	{
		name:  "an office names no one the document described as another state's",
		spans: body("Brody held a call with Ivan Petrenko.", "The Ukrainian president agreed, in line with the halt the Russian leader accepted."),
		want:  []want{{text: "The Ukrainian president", kind: timeline.Person, name: "Ivan Petrenko"}},
		not:   []string{"the Russian leader"},
	},
	{
		name: "an office names no one when the sentence before has two fitting persons or one of another state",
		spans: body("Ivan Petrenko met Thomas Garrow on Tuesday.", "The Russian leader agreed.",
			"Polish President Jan Nowicki spoke later.", "The Russian leader left."),
		not: []string{"The Russian leader"},
	},
	{
		name:  "the president is the document's one president",
		spans: body("President Hal Brody spoke.", "Later the president said more; the president of Belarus did not."),
		want:  []want{{text: "the president", kind: timeline.Person, name: "Hal Brody"}},
		not:   []string{"the president of Belarus"},
	},
	{
		name:  "the minister is the document's one minister, whatever her portfolio and whatever describes her",
		spans: body("Health Minister Clara Weiss resigned.", "The embattled minister had denied any wrongdoing; the health minister said more."),
		want:  []want{{text: "The embattled minister", kind: timeline.Person, name: "Clara Weiss"}, {text: "the health minister", kind: timeline.Person, name: "Clara Weiss"}},
	},
	{
		name:  "the minister names no one when the document has two, nor a deputy's",
		spans: body("Health Minister Clara Weiss met Finance Minister Paul Moreau.", "Later the minister said more.", "Deputy Health Minister Ana Roth spoke.", "The health minister left."),
		not:   []string{"the minister"},
	},
	{
		name:  "the president names no one when the document has two",
		spans: body("President Hal Brody met President Ivan Petrenko.", "Later the president said more."),
		not:   []string{"the president"},
	},
	{
		name: "titles with qualifiers",
		spans: body("US Defense Secretary Lorna Bask spoke.", "Kremlin spokesman Vasko said so.", "NATO’s Secretary-General Pieter Haan said it.", "U.S. envoy Tamsin Okoro flew.",
			"Former British Prime Minister Giles Harcourt wrote."),
		want: []want{
			{text: "Lorna Bask", role: "US Defense Secretary", country: "united-states"},
			{text: "Vasko", role: "Kremlin spokesman", country: "russia"},
			{text: "Pieter Haan", role: "NATO Secretary-General"},
			{text: "Tamsin Okoro", role: "US envoy"},
			{text: "Giles Harcourt", role: "former British Prime Minister", country: "united-kingdom"},
			{text: "US", kind: timeline.Country},
		},
	},
	{
		name:  "military ranks of two words",
		spans: body("Brigadier General Ann Cole visited the base.", "Rear Admiral Sam Orr spoke."),
		want: []want{
			{text: "Ann Cole", role: "Brigadier General"},
			{text: "Sam Orr", role: "Rear Admiral"},
		},
	},
	{
		name:  "hyphenated states",
		spans: body("U.S.-Russia talks resumed."),
		want:  []want{{text: "U.S.", ref: "united-states"}, {text: "Russia", ref: "russia"}},
	},
	{
		name:  "capitalised organisations are not people",
		spans: body("“It is a crime,” said Human Rights Watch.", "Amnesty International said the strike was unlawful."),
		want: []want{
			{text: "Amnesty International", kind: timeline.Organization},
			{text: "Human Rights Watch", kind: timeline.Organization},
		},
	},
	{
		name:  "a capitalised place noun is the place's name",
		spans: body("The governor declared a state of emergency in Alder County on Sunday."),
		want:  []want{{text: "Alder County", kind: timeline.Place}},
	},
	{
		name:  "a court of rights keeps its last word; a copyright line is no name",
		spans: body("Carl Dahl will appeal to the European Court of Human Rights.", "Copyright 2026 Example News. All Rights Reserved."),
		want:  []want{{text: "European Court of Human Rights", kind: timeline.Organization}},
		not:   []string{"All Rights Reserved", "Rights Reserved"},
	},
	{
		name:  "organisation named by an apposition",
		spans: body("According to Deep Tally, a Ukrainian open-source analysis group, the front moved."),
		want:  []want{{text: "Deep Tally", kind: timeline.Organization}},
	},
	{
		name: "page noise, headings and credits give no actors",
		spans: []span{
			{"Advertisement", timeline.Body}, {"Home", timeline.Body}, {"Must Read", timeline.Body},
			{"Source link", timeline.Body}, {"LEAVE A REPLY", timeline.Body}, {"16,985FansLike", timeline.Body},
			{"THE TIMES", timeline.Body}, {"Stay Connected", timeline.Body}, {"Related News", timeline.Body},
			{"Yeah, he will settle for that.", timeline.Body}, {"However, Monday came.", timeline.Body},
			{"Ceasefire and Potential Territorial Concessions", timeline.Heading},
			{"Peace Talks Set to Focus on Territorial Concessions", timeline.Heading},
			{"By John Smith", timeline.Body},
			{"Leaders shake hands in Osaka. REUTERS/Kevin Lamarque/File Photo", timeline.Caption},
			{"Join the conversation, you are commenting as Logout", timeline.Body},
			{"Please enter your name here", timeline.Body},
		},
		not: []string{"Advertisement", "Home", "Must Read", "Source", "LEAVE A REPLY", "FansLike", "THE TIMES", "Stay Connected",
			"Related News", "Yeah", "However", "Monday", "Ceasefire", "Potential Territorial Concessions", "Peace Talks",
			"John Smith", "Kevin Lamarque", "REUTERS", "Logout", "Please"},
		want: []want{{text: "Osaka", kind: timeline.Place}},
	},
	{
		name:  "a heading gives only the names the body marks",
		spans: []span{{"Okoro to Discuss Ceasefire with Arlo Venn", timeline.Heading}, {"Tamsin Okoro, the US envoy, said so.", timeline.Body}},
		want:  []want{{text: "Okoro", kind: timeline.Person, name: "Tamsin Okoro"}},
		not:   []string{"Arlo Venn", "Discuss", "Ceasefire"},
	},
	{
		name: "a month's name that is a given name",
		spans: body("Jan Horvat, the former governor, said the deficit was too high.", "May Chen, a lawyer, said so.",
			"In May Parliament passed the law.", "The vote is set for June Monday."),
		want: []want{{text: "Jan Horvat", kind: timeline.Person}, {text: "May Chen", kind: timeline.Person}},
		not:  []string{"May Parliament", "June Monday"},
	},
	{
		name:  "a month's name that is a surname",
		spans: body("Prime Minister Helena May visited the site on Friday.", "The report is due on Theresa's desk by May 12."),
		want:  []want{{text: "Helena May", kind: timeline.Person}},
	},
	{
		name:  "a speaker closing the sentence is no role of the name before it",
		spans: body("Police arrested two men suspected of belonging to Black Lantern, the country's prosecutor said."),
		want:  []want{{text: "Black Lantern", noRole: true}},
	},
	{
		name:  "a clause before a speaker's comma is no role of the speaker",
		spans: body("Jan Horvat, who led the central bank until 2022, will be nominated as finance minister, Anna Berg said."),
		want:  []want{{text: "Anna Berg", kind: timeline.Person, noRole: true}},
	},
	{
		name:  "a role of two fields",
		spans: body("The minister for trade and industry, Anna Berg, said so."),
		want:  []want{{text: "Anna Berg", kind: timeline.Person, role: "minister for trade and industry"}},
	},
	{
		name:  "a role for a state gives the person no country",
		spans: body("Keld Arvik, the envoy for Russia and Ukraine, said so."),
		want:  []want{{text: "Keld Arvik", role: "envoy for Russia", noCountry: true}},
	},
}
