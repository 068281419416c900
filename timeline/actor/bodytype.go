package actor

import "strings"

// A body's type is read from the word its name ends in ("Ostrand Bank",
// "Ashbury Rovers", "Competition Authority") or from the noun the text
// gives it beside its name ("the rail operator Nordrail", "Carrow
// Capital, an investment firm"); a name that says nothing ("Nordrail")
// may be any kind of business.

// bodyType is a set of kinds of body.
type bodyType uint32

const (
	tyBusiness bodyType = 1 << iota
	tyBank
	tyInsurer
	tyFund
	tySports
	tyLeague
	tyPublic // an agency, authority, commission or office of the state, or an organisation ("World Health Organization")
	tyMinistry
	tyCourt
	tyCouncil
	tyParty
	tyUnion
	tyHospital
	tyTrust
	tyCharity
	tyPolice
	tyBuilding // a building named as a body ("Garnet Tower"): no company, club or agency
	tySchool   // a university, college or school
	tyOutlet   // a newspaper or broadcaster the text cites ("Dovrik Herald"): it reports, and is no company of the story
	tyBloc     // a union or alliance of states: "the bloc"
	tyChamber  // a legislature or its committee ("Senate Intelligence Committee"): no company, though its name says nothing of trade
	tyMovement // a body of people that named itself: a collective, a movement, a gang (selfnamed.go)
)

// nameTypes gives the type of a body whose name ends in the word.
var nameTypes = func() map[string]bodyType {
	m := map[string]bodyType{}
	add := func(t bodyType, words string) {
		for w := range strings.FieldsSeq(words) {
			m[w] |= t
		}
	}
	add(tyBusiness, "group company corporation corp inc ltd plc llc ag sa gmbh co holdings holding industries enterprises "+
		"ventures motor motors energy foods airlines airways airline systems technologies technology pharmaceuticals pharma "+
		"logistics mining steel shipping maritime telecom telecoms petroleum oil power brands resources networks products mills "+
		"studios entertainment properties therapeutics electronics software aerospace engineering stores retail "+
		"chemicals construction railways rail brewing beverages hotels resorts cruises media broadcasting")
	add(tyBusiness|tyBank, "bank bancorp bancshares bankshares lender")
	add(tyBusiness|tyInsurer, "insurance assurance mutual insurer")
	add(tyBusiness|tyFund, "capital investments partners fund securities financial finance")
	add(tySports, "fc afc united rovers rangers wanderers athletic albion hotspur club city town county")
	add(tyLeague, "league federation association")
	add(tyUnion, "union federation guild brotherhood workers")
	add(tyPublic, "agency authority commission regulator watchdog office board inspectorate bureau service "+
		"administration directorate commissioner guard force forces army navy corps marines organisation organization")
	add(tyMinistry, "ministry department")
	add(tyCourt, "court tribunal")
	add(tyCouncil, "council")
	add(tyParty, "party")
	add(tyHospital, "hospital hospitals clinic clinics infirmary")
	add(tyTrust, "trust")
	add(tyCharity, "charity foundation")
	add(tyPolice, "police constabulary patrol")
	add(tyBuilding, "tower palace hall building stadium arena bridge mall center centre")
	add(tySchool, "university college school academy")
	add(tyChamber, "committee subcommittee parliament assembly senate congress legislature caucus panel")
	add(tyMovement, "collective movement campaign")
	add(tyOutlet, "times post herald journal gazette tribune chronicle courier telegraph dispatch bulletin press daily")
	return m
}()

// described is what a description's noun says of its body: the types it
// agrees with, and whether a name that says nothing of itself may be it
// (a company or a club often goes by a bare name; a regulator never).
type described struct {
	types bodyType
	bare  bool
}

// descTypes gives, for a description's head noun, the bodies it may
// stand for.
var descTypes = func() map[string]described {
	m := map[string]described{}
	add := func(d described, words string) {
		for w := range strings.FieldsSeq(words) {
			m[w] = d
		}
	}
	// "the group" is any body of members: a company, an association, a
	// union, a charity, a bloc ("Rick Vell, the group's president", after
	// "The Kelby Hospital Association called the loans …").
	add(described{tyBusiness | tyBank | tyInsurer | tyFund | tyLeague | tyUnion | tyHospital | tyTrust | tyCharity | tyBloc | tyParty | tyMovement, true}, "group")
	add(described{tyBusiness, true}, "company firm business conglomerate corporation retailer operator carrier airline "+
		"carmaker automaker maker manufacturer producer supplier developer chain startup giant")
	add(described{tyBank, false}, "bank lender")
	add(described{tyInsurer, true}, "insurer")
	add(described{tyFund, true}, "fund")
	add(described{tySports, true}, "club team side")
	add(described{tyLeague, false}, "league federation association")
	add(described{tyPublic, false}, "regulator watchdog agency authority")
	add(described{tyMinistry, false}, "ministry department")
	add(described{tyCourt, false}, "court tribunal")
	add(described{tyCouncil, false}, "council")
	add(described{tyParty, false}, "party")
	add(described{tyUnion, false}, "union")
	add(described{tyHospital, false}, "hospital")
	add(described{tyTrust, false}, "trust")
	add(described{tyCharity, true}, "charity foundation")
	add(described{tyBloc, false}, "bloc")
	add(described{tyChamber, false}, "committee subcommittee panel legislature")
	add(described{tyMovement, false}, "collective movement gang")
	return m
}()
