"""Contract HB: Hollis Puzzle Works x Foxglove Escapes Ltd (escape-room puzzle designer in Wellington writing the
concept and narrative, twelve puzzle design sheets and the game master's hint script for a venue's fourth room,
"The Kelburn Heist", and running three playtests; English contract, NZD). The co-owner writes in English from
Gmail (once in plain-text mode), the other co-owner, who builds the rooms, from Apple Mail; the venue's French lead
game master writes in French from Gmail and her iPhone. The company uses Google Workspace, so no Outlook here."""
from mailgen import Msg, Quote, Attachment
import attachments as att
from people import *

K = "hollis-foxglove-escape"

Q_CONCEPT_V1 = Quote(MARA, (2027, 4, 28, 16, 2, 19), to=[PRIYA, HAMISH], subject="Room 4 concept pack, first draft",
                     body="""\
Hi Priya, hi Hamish,

The first draft of the concept pack is in the shared folder (Room 4 > 01 Concept): a four-page story treatment, the game flow diagram and the mood board.

The short version: it's June 1926, the night before the Kelburn cable car's first electric run. Albert Quill, the engineer who kept the old steam winding engine going for twenty years, has been found dead at the foot of the winding drum, and the players have 60 minutes to work out who did it before the constable arrives with the morning shift.

Have a read together and send me one set of notes. Two rounds of changes are included on the concept.

Mara""")

Q_CONCEPT_V3 = Quote(MARA, (2027, 5, 19, 17, 40, 55), to=[PRIYA, HAMISH], subject="Room 4 concept pack, v3",
                     body="""\
Hi both,

Version 3 of the concept pack is up, with the second set of notes: the payroll tin now sits in the counterweight pit, Mrs Quill's diary has moved to the storeroom, and the final choice (return the payroll or keep it) leads to two different endings.

That was the second of the two rounds of changes included on the concept, so I'll treat this as the final story and start on the puzzle sheets on Monday.

Mara""")

Q_PUZZLES = Quote(MARA, (2027, 6, 29, 19, 15, 7), to=[PRIYA, HAMISH, ELODIE], subject="The twelve puzzle sheets are up",
                  body="""\
Kia ora koutou,

All twelve puzzle sheets are in the shared folder (Room 4 > 02 Puzzles), one PDF per puzzle plus an overview that maps them onto the flow diagram. Each sheet has the mechanism, the solution, the clue path, a props and materials list for Hamish, and the reset steps.

First playtest is Tuesday 13 July as planned.

Mara""")

Q_PLAYTEST1 = Quote(MARA, (2027, 7, 14, 10, 26, 48), to=[PRIYA, HAMISH, ELODIE], subject="Playtest 1 notes",
                    body="""\
Hi all,

Notes from last night's playtest are in the folder. Headline: five players from the uni board-game club, out in 58:40 with four hints.

Stuck points: puzzle 3 (the brass combination lock) was brute-forced in about three minutes; nobody noticed the faded clue at the bottom of the timetable board (puzzle 9); and 10 and 11 felt the wrong way round. My recommended fixes are at the end of the notes.

This is where the round of changes on the puzzle sheets usually comes in, so send me one list when you've talked it through.

Mara""")

Q_DEV = Quote(DEV, (2027, 7, 21, 9, 51, 30), to=[HAMISH], subject="Room 4 telegraph", forward=True, body="""\
Hi Hamish,

Really sorry to do this, but I've been offered a full-time job starting next month and I won't have the evenings to finish Room 4. I've left the parts list and my wiring sketch for the telegraph in the Dropbox. Happy to answer questions by email.

Dev""")

Q_PLAYTEST2 = Quote(MARA, (2027, 7, 28, 11, 8, 13), to=[PRIYA, HAMISH, ELODIE], subject="Playtest 2 notes",
                    body="""\
Hi all,

Playtest 2 notes are in the folder: four players, out in 52:10 with two hints. The changes from the puzzle round worked: the word lock on puzzle 3 took them eight minutes and everyone saw the timetable clue.

The weak spot now is the finale. They found the payroll bag in the counterweight pit in under a minute and the ending came very fast after that.

As a reminder, the sheets are locked since the round of changes on the 23rd.

Mara""")

CASES = []


def case(**kw):
    CASES.append(kw)


# hb001 ------------------------------------------------------------------------
case(id="hb001", contract=K, lang="en", verdict="in_scope", deliverable="concept", state={},
     note="Four days after signing, the co-owner sends the floor plan, a photo of the room, target escape rates, what their players struggle with and the props budget, and asks roughly when the first story draft will come: input for the contracted concept and a question about its timing.",
     msg=Msg("hb001", PRIYA, [MARA], (2027, 4, 16, 15, 22, 48), "Room 4 - floor plan, photos and a few bits", """\
Hi Mara,

Great to get the contract signed on Monday. As promised, here's everything we've got for the space:

- the floor plan from the landlord. The main room is 6.2 x 4.8 m, plus the old storeroom off the back, 2.5 x 3 m, which we'd love to use as a reveal;
- a photo of the brick wall on the east side, which we're keeping exposed;
- our numbers from the other three rooms: the Pharaoh room sits at about 31% escapes, the Submarine at 44%. For this one we're aiming somewhere in the middle, 35-ish.

A couple of things we've learned the hard way: groups here are mostly 3 to 5 people, lots of work teams on Friday nights, and anything that has to be read in dim light gets complaints. Also, our budget for props and build is about $18k, so please don't design anything that needs a hydraulic lift!

When do you think we'll see a first go at the story? No rush, it's just so I can plan Hamish's build schedule around it.

Cheers,
Priya""", cc=[HAMISH], attachments=[Attachment("Room4_floorplan_landlord.png", "image/png", att.png(30, 22, (236, 232, 220))),
                                    Attachment("east-wall.jpg", "image/jpeg", att.JPEG)]))

# hb002 ------------------------------------------------------------------------
case(id="hb002", contract=K, lang="en", verdict="revision", deliverable="concept", state={"concept": 0},
     note="After the first concept draft, the co-owner keeps the setting but asks to turn the murder into a payroll robbery, keep the storeroom shut until past halfway in the flow diagram and give the ending a final choice: changes to the delivered concept, the first of its two rounds. 'Booking page' is context, not a request for marketing copy.",
     msg=Msg("hb002", PRIYA, [MARA], (2027, 5, 3, 10, 14, 36), "Re: Room 4 concept pack, first draft", """\
Hi Mara,

We've both read the pack twice now and we love the setting. The winding house, the drum, the 1926 detail, the mood board: all spot on.

The one thing we can't go with is the death. About a third of our bookings are families with kids from 12 up, plus school holiday groups, and a body at the foot of the drum is going to be a hard sell on the booking page. Could it be a robbery instead? Say the payroll for the cable car company goes missing the night before payday, and the players have 60 minutes to find it before the morning shift arrives.

Two smaller things while you're in there:
1. The flow diagram has the storeroom opening at minute 15. We'd rather keep it shut until well past halfway, it's our big reveal.
2. The ending feels a bit sudden. At the moment they find the key and that's it. Could there be a last moment in the storeroom, where they have to choose what to do with what they've found?

Everything else, leave as it is!

Priya""", quote=Q_CONCEPT_V1, cc=[HAMISH], sig_after_quote=True))

# hb003 ------------------------------------------------------------------------
case(id="hb003", contract=K, lang="en", verdict="out_of_scope", state={"concept": 1},
     note="The co-owner who builds the rooms asks the designer to write the paragraphs for the room's page on their website and shorter versions for their Google listing and booking widget, and to say what it would cost: website and listing copy is excluded (Marketing copy and media), even though the word 'marketing' never appears.",
     msg=Msg("hb003", HAMISH, [MARA], (2027, 5, 12, 21, 40, 5), "Words for the website?", """\
Hey Mara,

Hamish here, the one covered in sawdust. Priya sent me v2 of the story and I reckon it's going to be our best room yet.

Random question. We need to start taking bookings in July, and the part of our site that sells each room is honestly the weakest bit of the business. Priya and I are not writers. Since nobody knows the story better than you now, would you be up for writing the two or three paragraphs that go on the room's page, plus a shorter version for our Google Business profile and the Bookeo widget? Something that makes people want to break into a winding house in 1926.

Obviously tell us what it'd cost. No worries if it's not your thing.

Cheers
Hamish""", cc=[PRIYA]))

# hb004 ------------------------------------------------------------------------
case(id="hb004", contract=K, lang="en", verdict="revision_over_limit", deliverable="concept", state={"concept": 2},
     note="The designer delivered concept v3 as the second and last included round; the co-owner, after a focus group, asks again for story changes (both final choices ending well, the payroll in notes in a bag rather than sovereigns in a tin): a third round on the concept, which includes two. Gmail plain-text mode.",
     msg=Msg("hb004", PRIYA, [MARA], (2027, 5, 24, 8, 55, 21), "Re: Room 4 concept pack, v3", """\
Hi Mara,

Sorry, I know you said v3 was the final one, but something came up over the weekend. We ran a little focus group with some of our regulars (six of them, over pizza) and the choice at the end split the room, in a bad way. Three of them said they'd feel cheated if the "wrong" choice gets the sad ending after they've paid $45 each.

Could we change it so both choices end well, just differently? And one of them, a history teacher, pointed out that payroll in 1926 would have been in notes, not sovereigns, so the tin would need to become a bag or an envelope.

I think that's it. Promise.

Priya""", quote=Q_CONCEPT_V3, text_only=True, sig=""))

# hb005 ------------------------------------------------------------------------
case(id="hb005", contract=K, lang="en", verdict="not_a_request", state={"concept": 3},
     note="The co-owner reports that the second instalment invoice ($4,899.00 including GST) was paid from their bank account, with the reference, and mentions pricing timber for the counterweight pit: a payment notice; the build remark asks nothing of the designer.",
     msg=Msg("hb005", HAMISH, [MARA], (2027, 6, 7, 13, 5, 44), "Invoice HPW-0142 paid", """\
Hi Mara,

Just letting you know we paid your invoice HPW-0142 this morning, the second instalment of $4,899.00 incl. GST. It went from our Kiwibank account with the reference FOXGLOVE RM4, so it should be with you tomorrow.

And thanks for the heads-up on the bigger props, I've started pricing timber for the counterweight pit.

Cheers
Hamish"""))

# hb006 ------------------------------------------------------------------------
case(id="hb006", contract=K, lang="fr", verdict="in_scope", state={"concept": 3},
     note="La game master principale, qui formera elle-même les autres GM, pose deux questions après réception des fiches : ce que veut dire « rembobiner 4 tours » dans le reset de l'énigme 7, et quand arrivera le script d'indices. Ce sont des questions sur le travail prévu ; la formation des GM qu'elle évoque est la sienne, elle ne la demande pas à la conceptrice.",
     msg=Msg("hb006", ELODIE, [MARA], (2027, 7, 2, 18, 20, 11), "Re: The twelve puzzle sheets are up", """\
Salut Mara,

Je suis Élodie, la game master principale chez Foxglove (Priya a dû te parler de moi, c'est moi qui fais les resets le soir). J'ai tout lu hier soir, c'est vraiment malin, surtout le coup du télégraphe.

Deux questions pratiques, vu que c'est moi qui vais former les autres GM :
- pour l'énigme 7 (la bobine de câble), la procédure de reset dit de « rembobiner 4 tours ». C'est 4 tours de manivelle ou 4 tours de câble sur la bobine ? Ça ne donne pas du tout la même chose.
- le script des indices, tu penses l'envoyer quand ? J'aimerais bien l'avoir quelques jours avant le premier playtest pour m'entraîner à le dire avec l'accent de l'époque.

Merci !
Élodie""", quote=Q_PUZZLES, cc=[PRIYA]))

# hb007 ------------------------------------------------------------------------
case(id="hb007", contract=K, lang="en", verdict="unclear", deliverable="puzzles", state={"concept": 3, "puzzles": 0},
     note="Walking the room with the sheets, the co-owner sees that from minute 25 to 40 everything happens at the telegraph desk and asks the designer to give the other players 'something to get their teeth into', 'up to you how'. Readings differ: rebalancing the twelve delivered puzzles (moving or splitting one into a parallel track), a change with the puzzle round still unused (revision), or designing an extra, thirteenth puzzle (more units than sold, out_of_scope). The designer should ask before counting it.",
     msg=Msg("hb007", PRIYA, [MARA], (2027, 7, 8, 22, 10, 57), "Minutes 25 to 40", """\
Hi Mara,

Hamish and I walked the room with the sheets in hand last night (the walls are up, it's starting to feel real!).

One thing we noticed: from about minute 25 to 40, almost everything happens at the telegraph desk. In a team of five, that's two people on the key and three standing around watching them. In the Submarine room, that's exactly where our worst reviews come from.

Could you give the others something to get their teeth into during that stretch? Up to you how.

Priya""", cc=[HAMISH]))

# hb008 ------------------------------------------------------------------------
case(id="hb008", contract=K, lang="fr", verdict="revision", deliverable="puzzles", state={"concept": 3, "puzzles": 0},
     note="Après les notes du premier playtest, la game master envoie, au nom des propriétaires, la liste des changements sur les fiches : cadenas à lettres pour l'énigme 3, indice de l'énigme 9 agrandi et à hauteur des yeux, 10 et 11 inversées, une phrase à réécrire dans l'énigme 6. C'est le tour de modifications inclus sur les fiches, encore inutilisé.",
     msg=Msg("hb008", ELODIE_IPHONE, [MARA], (2027, 7, 15, 9, 2, 40), "Re: Playtest 1 notes", """\
Salut Mara,

Priya et Hamish m'ont demandé de te faire la liste, vu que c'est moi qui étais derrière les caméras mardi. On est d'accord avec tes recommandations, plus deux trucs à nous :

1. Énigme 3 : d'accord pour changer de cadenas, mais on préfère des lettres plutôt que des chiffres (un mot de 1926 ?) pour que ça colle au décor.
2. Énigme 9 : agrandir l'indice effacé, oui, et le remonter à hauteur des yeux. Les jeunes de 12 ans ne le verront jamais en bas du tableau.
3. Inverser la 10 et la 11, comme tu le proposes.
4. Énigme 6 : la phrase « the key turns when the drum rests » a fait rire tout le monde... tu peux en trouver une autre ?

Voilà, je crois que c'est tout !

Élodie""", quote=Q_PLAYTEST1, cc=[PRIYA, HAMISH], bom=True))

# hb009 ------------------------------------------------------------------------
case(id="hb009", contract=K, lang="en", verdict="out_of_scope", state={"concept": 3, "puzzles": 1},
     note="The co-owner forwards the electronics contractor's withdrawal and asks the designer to take over his part: the Morse key reading the code and releasing the drawer, the magnet on the storeroom door, with the microcontroller and relays already bought. Wiring and programming the game's electronics is explicitly excluded; the forwarded email is addressed to the client, not to the designer.",
     msg=Msg("hb009", HAMISH, [MARA], (2027, 7, 21, 16, 30, 22), "Fwd: Room 4 telegraph", """\
Mara, see below. Bit of a blow.

You know exactly how the telegraph and the drum release are meant to behave, since you designed them. Any chance you could take over Dev's part? It's the Morse key reading the code and popping the drawer, and the magnet on the storeroom door letting go when the drum stops. He'd already bought most of the bits (there's an Arduino Mega and a box of relays sitting on my bench).

We'd need it working before the second playtest on the 27th.

H""", quote=Q_DEV, sig=""))

# hb010 ------------------------------------------------------------------------
case(id="hb010", contract=K, lang="fr", verdict="not_a_request", state={"concept": 3, "puzzles": 1},
     note="La game master a trouvé un groupe pour le troisième playtest et propose deux créneaux (17 ou 18 août, dans la période prévue au contrat) en demandant lequel convient : de la logistique de rendez-vous, qui ne demande aucun travail nouveau ni modification. Gmail en mode texte brut.",
     msg=Msg("hb010", ELODIE, [MARA], (2027, 7, 30, 11, 5, 33), "Playtest 3", """\
Salut Mara,

Pour le troisième playtest, j'ai trouvé un groupe ! Ce sont cinq filles de mon club d'escalade, aucune n'a jamais fait de salle chez nous, donc parfait pour voir si la salle tient la route avec des débutantes.

Elles sont dispo le mardi 17 août à 18 h 30 ou le mercredi 18 à 18 h. La salle est libre les deux soirs, j'ai bloqué les deux créneaux dans Bookeo en attendant. Dis-moi lequel tu préfères et je confirme avec elles.

Bonne fin de semaine,
Élodie""", text_only=True, cc=[PRIYA]))

# hb011 ------------------------------------------------------------------------
case(id="hb011", contract=K, lang="en", verdict="out_of_scope", deliverable="playtests", state={"concept": 3, "puzzles": 1},
     note="For a 32-person corporate booking on 14 August, the co-owner asks to move the third playtest to this weekend or Monday and to have the final notes and last version of everything by Tuesday 10 August 'rather than the 18th and the 20th': the contract sets the playtests up to 18 August and the deadline on 20 August, so an earlier date is a change of terms.",
     msg=Msg("hb011", PRIYA, [MARA], (2027, 8, 4, 19, 45, 8), "Change of plan, need to finish by the 10th", """\
Hi Mara,

Big news and a big favour. Harbourline Insurance have booked the whole venue for their Wellington team on Saturday 14 August, 32 people across all four rooms, and they've specifically asked for the new one. It's the biggest booking we've ever had and I really don't want to say no.

That means Room 4 has to be done, properly done, by Tuesday the 10th, so the GMs get a few days to practise. So could we move the third playtest forward to this weekend or Monday, and have your final notes and the last version of everything by the 10th, rather than the 18th and the 20th?

I'll make it up to you in pizza. And please tell Élodie her climbing girls will have to come another time.

Priya""", cc=[HAMISH, ELODIE]))

# hb012 ------------------------------------------------------------------------
case(id="hb012", contract=K, lang="en", verdict="revision_over_limit", deliverable="puzzles", state={"concept": 3, "puzzles": 1},
     note="After the second playtest, whose notes recall that the sheets are locked since the included round of changes, the co-owner asks to change the finale again: puzzle 12's bag locked in a strongbox and puzzle 2's ledger carrying its code. These are changes to two delivered puzzle sheets with the one included round used: over the limit.",
     msg=Msg("hb012", HAMISH, [MARA], (2027, 8, 12, 22, 15, 49), "Re: Playtest 2 notes", """\
Hi Mara,

Been chewing on your notes from the second playtest and I reckon the finale needs another go before we open. Two changes:

- Puzzle 12: the counterweight pit is over far too quickly. Both groups found the bag in under a minute. Could the bag be locked in the strongbox instead, with the code coming from the ledger in puzzle 2?
- Which means puzzle 2 changes too: the ledger needs to carry that code somewhere, without giving it away in the first ten minutes.

I know the sheets were meant to be locked after the last round. Let me know.

Cheers
Hamish""", quote=Q_PLAYTEST2, cc=[PRIYA]))
