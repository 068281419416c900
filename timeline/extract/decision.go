package extract

// A body that votes or decides to approve, reject or appoint has done so:
// the vote is the act ("the cabinet voted to approve the deal" approved
// it), where voting to strike or deciding to leave settles only what is
// to come.

// decidingVerbs are the past forms after which a decided act is done.
var decidingVerbs = set("voted decided")

// actsOfDecision are the lemmas of acts that a vote or a decision itself
// performs.
var actsOfDecision = set("approve reject adopt ratify endorse accept pass confirm ban expel impeach " +
	"convict acquit censure suspend dismiss remove elect appoint extend overturn uphold repeal " +
	"authorize authorise veto raise cut lower hike hold keep leave lift impose")

// decidedAct reports whether an infinitive of lemma verb after the
// governor gov ("voted", "decided") is done by that decision.
func decidedAct(gov, verb string) bool { return decidingVerbs[gov] && actsOfDecision[verb] }
