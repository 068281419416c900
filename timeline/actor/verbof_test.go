package actor

import "testing"

// TestVerbOf: the "of" a verb takes after its object, or that opens an
// -ing verb with its own object, names no field of the body before it;
// a field noun after "of" still does.
func TestVerbOf(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Larkfield University cut jobs. The union accused the university of negligence.",
			"Larkfield University=larkfield-university university=larkfield-university"},
		{"The students said the university was putting its finances before its students.", "students=students students=students"},
		{"Larkfield University cut jobs. Students accused the university of putting its finances first.",
			"Larkfield University=larkfield-university Students=students university=larkfield-university"},
		// Must not change: the field after "of" names the body.
		{"The ministry of health said it would act.", "ministry of health=health-ministry"},
		{"The union said the commission of inquiry had met.", "commission of inquiry=inquiry-commission"},
	} {
		checkLastDoc(t, []string{tc.text}, tc.want)
	}
}
