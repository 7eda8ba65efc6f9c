"""Contract HA: Marlowe Canine Behaviour x Wattlegrove Animal Rescue (dog trainer and behaviour
consultant assessing ten long-stay shelter dogs, writing four behaviour modification plans, running
two staff and volunteer workshops and writing six adopter handouts for a Melbourne rescue; English
contract, AUD; the rescue's foster coordinator, from Nouméa, writes in French)."""
from mailgen import Msg, Quote, Attachment, Person
import attachments as att
from people import *

K = "marlowe-wattlegrove-behaviour"

PAWSCO = Person("Hannah Seward", "events@pawsandco-epping.com.au", "outlook", "en-AU", MEL,
                "Hannah Seward\nCommunity & Events | Paws & Co Epping")

Q_REPORTS = Quote(TESSA, (2027, 9, 6, 17, 40, 12), to=[PRIYA], cc=[DECLAN], subject="Assessment reports – all ten",
                  body="""\
Hi Priya,

All ten reports are now in the shared folder (one PDF per dog, plus a one-page summary table of who might suit which kind of home). Thank you to Declan and the team for the handling on Tuesday and Thursday, and for putting up with me in the yard.

Read them with the kennel team and send me everything you'd like corrected in one email: one round of corrections is included on the reports.

Next step on your side is choosing the four dogs for the behaviour plans.

Tessa""")

Q_PLANS = Quote(TESSA, (2027, 9, 20, 19, 5, 48), to=[PRIYA, DECLAN], cc=[CAMILLE], subject="Six-week plans for Juno, Rocco, Pepper and Atlas",
                body="""\
Hi all,

Attached are the four six-week plans, each with its progress log. I've written them so that someone who missed the handover can pick up the sheet and know what to do that day.

Two rounds of changes are included on the plans. Give them a week of real use first if you can, then send me one list per round.

Tessa""")

Q_PLANS_V3 = Quote(TESSA, (2027, 10, 5, 20, 12, 30), to=[CAMILLE, DECLAN], cc=[PRIYA], subject="Updated plans – second round",
                   body="""\
Hi Camille, hi Dec,

Here are the four plans with Declan's second lot of changes: Atlas's door work now starts at the kennel run rather than the gate, Rocco's lead handling is split into two steps, and all four logs have the new stress score.

That was the second of the two rounds included on the plans, so these are the versions to run with until the end of the programme.

Tessa""")

Q_WORKSHOP1 = Quote(TESSA, (2027, 10, 10, 18, 22, 5), to=[PRIYA], cc=[DECLAN], subject="Workshop 1 – slides and summary sheet",
                    body="""\
Hi Priya,

Thank you for Saturday, what a keen group. As promised, here are the slides and the one-page summary sheet from workshop 1, exactly as presented.

See you all on 13 November for workshop 2 (handling and kennel entry).

Tessa""")

Q_HANDOUTS = Quote(TESSA, (2027, 10, 14, 16, 48, 0), to=[PRIYA], cc=[CAMILLE], subject="Adopter handouts – all six",
                   body="""\
Hi Priya,

The six adopter handouts are done and sitting in your Canva account: first week at home, crate and rest, loose-lead walking, home alone, resource guarding basics and meeting other dogs. PDFs are attached too for anyone who can't get into Canva.

One round of changes is included on the handouts, so gather everyone's comments before you send them back.

Tessa""")

CASES = []


def case(**kw):
    CASES.append(kw)


# ha001 ------------------------------------------------------------------------
case(id="ha001", contract=K, lang="en", verdict="in_scope", deliverable="assessments", state={},
     note="The operations manager sends the list of the ten long-stay dogs to be assessed, with their histories, and asks practical questions about the assessment days (order, handler, breakfast) and whether the reports will come one by one or together: client input and questions about contracted work. The vet who has already checked the dogs is context, not a request for veterinary advice.",
     msg=Msg("ha001", PRIYA, [TESSA], (2027, 8, 20, 9, 14, 37), "Long-stay dogs for assessment – list and a couple of questions", """\
Hi Tessa,

Lovely to finally have you on board. The committee signed off on the programme at Tuesday's meeting and everyone is quite excited (Declan especially, though he'd never admit it).

Attached is the list of the ten we'd like you to see, with kennel numbers, how long each has been with us and what we know of their history. The short version: most are bull arab or staffy crosses who've been here more than six months, plus Pepper, a kelpie who came in from a farm near Kilmore and has never lived indoors, and Marlo, the greyhound who has been returned twice. Dr Lam went through all ten at last week's clinic, so health-wise they're cleared and vaccinated.

A few practical questions:
- Would you rather start with the easy ones, or the tricky ones while you're fresh?
- Do you want someone from the kennel team with you in the yard, or is it better if the handler is a stranger?
- Should we hold back breakfast on assessment mornings so you can work with food?
- Will the reports come through one by one as you go, or all ten together at the end?

Tuesday the 24th from 8:30 is still fine on our end. The gate code is 2291.

Kind regards,""", attachments=[Attachment("Wattlegrove_long-stay_dogs_Aug2027.docx",
                                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                       att.docx(["Wattlegrove Animal Rescue - long-stay dogs for assessment (August 2027)",
                                                 "K3 Juno - bull arab x, F, 3 yrs, in care 8 months. Surrendered, lunges at dogs on lead.",
                                                 "K7 Rocco - staffy x, M, 5 yrs, in care 11 months. Guards kennel door.",
                                                 "K9 Pepper - kelpie, F, 2 yrs, in care 6 months. Farm dog, never indoors, noise sensitive.",
                                                 "K12 Atlas - mastiff x, M, 4 yrs, in care 9 months. Jumps up, mouthy.",
                                                 "K14 Marlo - greyhound, M, 6 yrs. Returned twice (chasing cats).",
                                                 "K2 Biscuit, K5 Tank, K8 Sheba, K10 Ziggy, K15 Nala: see intake notes on the shared drive."]))]))

# ha002 ------------------------------------------------------------------------
case(id="ha002", contract=K, lang="en", verdict="out_of_scope", deliverable="assessments", state={},
     note="The kennel supervisor asks the behaviourist, who is assessing the ten contracted dogs, to give two newly surrendered dogs 'the same once-over' and write them up the same way: two more assessments and reports, twelve when ten are sold. The word 'assessment' never appears.",
     msg=Msg("ha002", DECLAN, [TESSA], (2027, 8, 31, 12, 48, 3), "Two more for you?", """\
Hey Tessa,

Quick one. We had two surrenders over the weekend: a big mastiff cross called Bruno (owner's moving overseas) and a little cattle dog girl, Dot, who nipped a kid at the park and got handed in. Both are on the anxious side and honestly I don't know where to start with either of them.

Any chance you could give them the same once-over you've been doing with the others while you're in on Thursday, and write them up the same way? It would make a huge difference to who we line up for them.

Cheers
Dec"""))

# ha003 ------------------------------------------------------------------------
case(id="ha003", contract=K, lang="en", verdict="revision", deliverable="assessments", state={"assessments": 0},
     note="The operations manager sends the kennel team's corrections on the ten delivered assessment reports in one list (Biscuit's sex, Juno's cat test, Rocco's muzzle training, Tank's age, a line to remove from Sheba's): the one round of corrections included on the reports, still unused.",
     msg=Msg("ha003", PRIYA, [TESSA], (2027, 9, 8, 10, 2, 55), "RE: Assessment reports – all ten", """\
Hi Tessa,

Thank you so much for these. I read all ten on the train home, then again with Declan and the kennel team yesterday, and there is a lot in them we didn't know about our own dogs. Here is everyone's feedback together, as you asked:

1. Biscuit is a girl! Her report says 'he' all the way through. I'm afraid our intake sheet had it wrong as well.
2. Juno: the report says 'not suitable with cats', but she did a cat test with the foster team in July and was fine with a calm cat behind a screen. Could that become something like 'cat-tested, slow supervised introductions only'?
3. Rocco's handling notes should say that he's muzzle-trained and happy to wear one, or the next volunteer who reads it will be terrified.
4. Tank is 6, not 4.
5. For Sheba, could you take out the line about the previous owner's partner? We share these with adopters and it's more detail than we'd like about a family we're still in touch with.

Apart from that we wouldn't change a thing.

Kind regards,""", quote=Q_REPORTS, cc=[DECLAN]))

# ha004 ------------------------------------------------------------------------
case(id="ha004", contract=K, lang="fr", verdict="in_scope", deliverable="plans", state={"assessments": 1},
     note="La coordinatrice des familles d'accueil donne le choix des quatre chiens parmi les dix évalués pour les plans de rééducation prévus au contrat, précise qui les suivra et à quel rythme, et demande quand les plans arriveront : un choix prévu, des éléments fournis et une question de calendrier. Les remerciements pour les bilans ne demandent rien.",
     msg=Msg("ha004", CAMILLE, [TESSA], (2027, 9, 10, 21, 17, 40), "Les quatre chiens pour les plans", """\
Bonjour Tessa,

Priya m'a demandé de vous écrire pour les plans, puisque ce sont mes familles d'accueil qui vont en faire une bonne partie. Je vous écris en français, Priya m'a dit que vous le lisiez sans problème ; dites-moi si je me trompe !

Après vos bilans, on s'est mis d'accord sur ces quatre-là :
- Juno, qui part la semaine prochaine en famille d'accueil chez Sandra, à Thomastown ;
- Rocco, qui reste au refuge, donc ce sera surtout Declan et l'équipe du chenil ;
- Pepper, qui est chez moi pour l'instant ;
- Atlas, au refuge lui aussi, avec les bénévoles du week-end.

Pour info, mes familles travaillent presque toutes : deux moments par jour, matin et soir, c'est le maximum qu'elles pourront tenir.

Vous pensez pouvoir nous les envoyer vers quelle date ? Sandra aimerait commencer dès que Juno sera chez elle.

Et merci encore pour les bilans, on les a déjà fait lire à deux familles qui s'intéressent à Tank.

Camille"""))

# ha005 ------------------------------------------------------------------------
case(id="ha005", contract=K, lang="en", verdict="revision", deliverable="plans", state={"assessments": 1, "plans": 0},
     note="After a week of use, the kennel supervisor asks for changes to three of the delivered behaviour plans (two daily slots instead of three for Rocco and Atlas, scatter feeding instead of tug for Pepper, a stress score instead of heart rate in Rocco's log): the first of the two rounds included on the plans.",
     msg=Msg("ha005", DECLAN, [TESSA], (2027, 9, 22, 7, 31, 19), "Re: Six-week plans for Juno, Rocco, Pepper and Atlas", """\
Morning Tessa,

Went through the plans with the team at handover. Big thumbs up overall, but a few things from the kennel side:

- Rocco and Atlas: three sessions a day isn't going to happen on our roster. Weekdays it's two of us for 40 dogs. Can you squash their exercises into a morning slot and an afternoon slot, ten minutes each?
- Pepper's week 2 has a tug game in it, but she guards toys (it's in your own report!). Could you swap it for something like scatter feeding?
- Rocco's log has a column for heart rate. Nobody here is checking that. Can it just be a 1 to 5 stress score?

Juno's is fine as it is, Sandra's already started.

Dec""", quote=Q_PLANS, cc=[PRIYA]))

# ha006 ------------------------------------------------------------------------
case(id="ha006", contract=K, lang="en", verdict="out_of_scope", deliverable="handouts", state={"assessments": 1, "plans": 1},
     note="The operations manager forwards a pet store's invitation to an adoption day on 2 October and asks for all six adopter handouts by Wednesday 29 September so they can be printed, while the handouts deliverable states delivery by 15 October 2027: an earlier deadline than agreed is a change of terms. The forwarded store email is addressed to the rescue and asks nothing of the behaviourist.",
     msg=Msg("ha006", PRIYA, [TESSA], (2027, 9, 24, 11, 26, 8), "FW: Adoption Day Saturday 2 October – stall confirmed", """\
Hi Tessa,

See below from Paws & Co. They've offered us a free stall at their Epping adoption day on Saturday the 2nd, which is a big deal for us: the one last autumn brought eleven adoptions in a single weekend.

It would be wonderful to hand every new family the take-home sheets on the day. Is there any way you could have all six ready by Wednesday the 29th? That gives Kirra the Thursday to get them printed at Officeworks. I know we said mid-October.

Kind regards,""", quote=Quote(PAWSCO, (2027, 9, 23, 15, 2, 44), to=[PRIYA], forward=True,
                              subject="Adoption Day Saturday 2 October – stall confirmed", body="""\
Hi Priya,

Great news: we can fit Wattlegrove in at our Adoption Day on Saturday 2 October, 10am to 3pm, at the Epping store.

- Your stall is in the garden centre, next to the grooming tent. A marquee, two trestle tables and a water station are provided.
- Volunteers please arrive by 9am; the car park at the rear will be open.
- Up to six dogs on site at any one time, on leads, with a handler each.
- Bring any brochures or information you'd like to give adopters, plus your own adoption forms.

Looking forward to it!

Hannah Seward
Community & Events | Paws & Co Epping""")))

# ha007 ------------------------------------------------------------------------
case(id="ha007", contract=K, lang="en", verdict="not_a_request", state={"assessments": 1, "plans": 1},
     note="The kennel supervisor confirms the room, the equipment, the numbers and the parking for the first workshop on 9 October: meeting logistics for a contracted session. The offer of two dogs for a demo is an offer, not a request for work.",
     msg=Msg("ha007", DECLAN, [TESSA], (2027, 9, 28, 16, 40, 51), "Workshop 1 – room and numbers", """\
Hi Tessa,

All sorted for Saturday week (9 Oct):
- training room booked 9 till 12, we'll have it set up by 8:45
- projector and the big screen from the op shop are in. HDMI only, so bring a dongle if your laptop needs one
- 17 names so far (14 volunteers and 3 staff), I'll cap it at 20
- Marlo and Biscuit are on standby in case you fancy a live demo on the day

Parking's round the back next to the hay shed. Coffee's on us.

Dec""", cc=[PRIYA]))

# ha008 ------------------------------------------------------------------------
case(id="ha008", contract=K, lang="fr", verdict="revision_over_limit", deliverable="plans", state={"assessments": 1, "plans": 2},
     note="Après la deuxième version des plans, que la comportementaliste a présentée comme le dernier tour inclus, la coordinatrice demande de remplacer le clicker par un mot marqueur dans le plan de Juno, une autre version de l'exercice de croisement de la semaine 4 et d'étaler la phase 2 de Pepper : un troisième tour de modifications sur les plans, qui en comprennent deux. L'historique cité est en anglais.",
     msg=Msg("ha008", CAMILLE_MAC, [TESSA], (2027, 10, 7, 20, 55, 26), "Re: Updated plans – second round", """\
Bonjour Tessa,

Merci pour les nouvelles versions. Je suis désolée de revenir encore vers vous, mais maintenant que Juno est chez Sandra depuis trois semaines, on voit mieux ce qui coince :

- le clicker, elle n'y arrive pas : entre la laisse, les friandises et le portail du jardin, il lui manque une main. Est-ce qu'on pourrait le remplacer par un mot (« yes » ou « top ») dans tout le plan de Juno ?
- la semaine 4 lui demande de croiser d'autres chiens à dix mètres, mais dans sa rue c'est impossible, les trottoirs sont minuscules. Il faudrait une autre façon de faire cet exercice, peut-être au parc ?
- et pour Pepper, qui est chez moi, je trouve que la phase 2 va trop vite. On pourrait l'étaler sur deux semaines au lieu d'une ?

Je sais que vous avez écrit que c'étaient les versions définitives, dites-moi ce qui est possible.

Bonne soirée,
Camille""", quote=Q_PLANS_V3))

# ha009 ------------------------------------------------------------------------
case(id="ha009", contract=K, lang="en", verdict="out_of_scope", state={"assessments": 1, "plans": 3},
     note="With the rescue's vet on leave, the operations manager asks the behaviourist what to start an anxious dog on, at what dose for 19 kg, and whether fluoxetine and a calming supplement can be combined: medication and dosage advice, which the contract excludes and refers to the vet. The praise for Rocco's plan asks for nothing.",
     msg=Msg("ha009", PRIYA, [TESSA], (2027, 10, 8, 8, 47, 13), "Pepper – a bit urgent", """\
Hi Tessa,

Camille says Pepper had another rough night: pacing, panting, and she went through the laundry flyscreen at 3 am when the storm rolled in. We're all a bit worried about her.

Dr Lam is on leave until the 20th and the locum only does Tuesdays. From what you've seen of Pepper, what would you start her on? Camille has been reading about fluoxetine, and about the calming chews you can get over the counter, but we'd need to know how much to give a 19 kg dog and whether the two can go together. Anything to tide her over until Dr Lam is back would be a godsend.

On a happier note, the kennel team are loving Rocco's plan. He's taking treats at the gate now!

Kind regards,""", cc=[CAMILLE]))

# ha010 ------------------------------------------------------------------------
case(id="ha010", contract=K, lang="en", verdict="revision_over_limit", deliverable="workshops", state={"assessments": 1, "plans": 3, "workshops": 0},
     note="After the first workshop, the operations manager asks for changes to its delivered summary sheet and slides (bigger drawings, the stress ladder in the rescue's colours, two photos removed, logo and phone number added). The workshops are sold with their materials delivered as presented, without a round of changes, so the first change request is over the limit. The praise is context.",
     msg=Msg("ha010", PRIYA, [TESSA], (2027, 10, 12, 13, 5, 2), "RE: Workshop 1 – slides and summary sheet", """\
Hi Tessa,

Saturday was fantastic. Three volunteers have already told me it was the best training they've had since they joined, and the Saturday crew are now narrating every dog's ears to each other.

Before I pin the summary sheet up in the kennel block and send the slides round, could you:
- make the body-language drawings on the sheet bigger (some of our older volunteers couldn't read the labels) and do the stress ladder in our green and orange instead of grey;
- take the two photos of Biscuit out of the slides: she went home on Sunday and her new family would rather we didn't use her picture any more;
- put our logo and the kennel phone number at the bottom of the sheet?

Thanks again,""", quote=Q_WORKSHOP1))

# ha011 ------------------------------------------------------------------------
case(id="ha011", contract=K, lang="fr", verdict="unclear", deliverable="handouts", state={"assessments": 1, "plans": 3, "workshops": 1, "handouts": 0},
     note="La coordinatrice voudrait « une version familles d'accueil » des fiches pour adoptants livrées, parce que la situation des familles d'accueil est différente. Deux lectures : adapter la formulation des six fiches pour qu'elles servent aussi aux familles d'accueil, dans le tour de modifications encore disponible (revision), ou une nouvelle série de fiches destinées aux familles d'accueil, au-delà des six vendues (out_of_scope). Il faut lui demander ce qu'elle attend.",
     msg=Msg("ha011", CAMILLE, [TESSA], (2027, 10, 16, 10, 33, 47), "Re: Adopter handouts – all six", """\
Coucou Tessa,

Les fiches sont superbes, Kirra les a déjà imprimées pour les adoptions du week-end.

Une question de ma part : mes familles d'accueil m'ont demandé si elles pourraient avoir la même chose, mais pour elles. Leur situation n'est pas tout à fait celle des adoptants : le chien ne reste que quelques semaines, il y a souvent déjà un chien à la maison, et elles doivent nous faire des retours chaque semaine. Est-ce qu'on pourrait avoir une version familles d'accueil ?

Dites-moi ce que vous en pensez, rien ne presse.

Camille""", quote=Q_HANDOUTS))

# ha012 ------------------------------------------------------------------------
case(id="ha012", contract=K, lang="en", verdict="not_a_request", state={"assessments": 1, "plans": 3, "workshops": 1, "handouts": 0},
     note="After the second workshop, the operations manager thanks the behaviourist, shares news of the dogs and the handouts' reception, says the final invoice has gone to the treasurer and mentions talking about next year once the budget is set: thanks and a payment update, no work asked.",
     msg=Msg("ha012", PRIYA, [TESSA], (2027, 11, 16, 17, 12, 39), "Thank you from all of us", """\
Hi Tessa,

Saturday's workshop was the perfect way to finish, and I didn't want the week to run away from me before saying thank you properly.

Some news for you: Juno went home on the 6th (to Sandra's next-door neighbours, of all people), Atlas has had two meet-and-greets, and on Friday Rocco walked past the kennel gate without a single bark. Six of our October adopters told us the take-home sheets were the most useful thing in their pack.

The committee asked me to pass on its thanks as well, and to say we'd love to talk about a programme for next year once the budget is set in February. Your final invoice went to the treasurer on Monday, so it should reach you before the end of the month.

With very warm thanks,""", cc=[DECLAN, CAMILLE]))
