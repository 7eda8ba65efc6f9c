"""Contract HA: Foldline Studio x Sidewinder Hot Sauce Co. (packaging designer drawing the bottle label
system for four hot sauces, a three-bottle holiday gift box and a counter display tray for a small-batch
hot sauce maker in Austin, Texas; English contract, USD; the French co-founder and chef writes in French)."""
from mailgen import Msg, Quote, Attachment
import attachments as att
from people import *

K = "foldline-sidewinder-packaging"

Q_DIRECTIONS = Quote(TESSA, (2027, 8, 4, 15, 10, 22), to=[LUIS, ELODIE], cc=[KENDRA],
                     subject="Three label directions", body="""\
Hi all,

The three label directions are in the attached PDF, each shown on the Original Red and the Salsa Verde so you can see how the system flexes:

1. Rattler Poster: heavy slab type, rodeo-poster layout, two colors plus black.
2. Woodcut: an engraved snake coiled around the flavor name, cream label, one accent color per sauce (red, smoke brown, mango orange, verde green).
3. Field Guide: botanical drawings of each pepper, handwritten notes, kraft texture.

Pick one and I'll build the master label and the four flavors in that direction. Two rounds of changes are included once the full artwork is in.

Tessa""")

Q_ART1 = Quote(TESSA, (2027, 8, 20, 17, 42, 5), to=[LUIS], cc=[ELODIE, KENDRA], subject="Woodcut labels: full artwork",
               body="""\
Hi Luis,

Attached: full artwork for all four labels in the Woodcut direction, on Hill Country's dieline with bleed and the overlap marked. Nutrition Facts panels and UPCs are placed from Kendra's copy deck.

This is the first full look. You have two rounds of changes included on the labels, so please gather Élodie's and Kendra's notes with yours into one list.

Tessa""")

Q_ART2 = Quote(TESSA, (2027, 8, 31, 11, 20, 48), to=[LUIS], cc=[ELODIE, KENDRA], subject="Woodcut labels: full artwork",
               body="""\
Hi Luis,

Version 2 of the four labels is attached, with your round-one notes: rust tone on the Chipotle, corrected heat meters, ribbon moved above the overlap, flavor names about 20% bigger, a limier Verde.

One round of changes is left on the labels.

Tessa""")

Q_FINALLABELS = Quote(TESSA, (2027, 9, 10, 16, 5, 31), to=[LUIS], cc=[KENDRA], subject="Final label files",
                      body="""\
Hi Luis,

Final print-ready files for all four labels are attached, with round two: the Mango sunset gradient toned down, net contents moved to the front panel, and "picante" added under the heat meter.

That was the second of the two rounds included on the labels, so these are the files Kendra can release to Hill Country on Monday.

Tessa""")

Q_BOX = Quote(TESSA, (2027, 9, 20, 16, 5, 0), to=[ELODIE_GMAIL], cc=[KENDRA], subject="Gift box artwork",
              body="""\
Hi Élodie,

The gift box artwork is attached, on Lone Star Carton's stock three-bottle dieline: the front with the window, the back with "Three ways to use", both side panels with the heat chart, the tuck flaps and the insert print.

One round of changes is included on the box, so send me everyone's notes together.

Tessa""")

Q_DISPLAY = Quote(TESSA, (2027, 10, 18, 14, 12, 9), to=[ELODIE], cc=[KENDRA], subject="Counter display artwork",
                  body="""\
Hi Élodie,

Here is the artwork for the 12-bottle counter display and its header card, on Hill Country's PDQ dieline.

The display was quoted without a revision round, so please check it carefully against your proofs before Kendra releases it.

Tessa""")

CASES = []


def case(**kw):
    CASES.append(kw)


# ha001 ------------------------------------------------------------------------
case(id="ha001", contract=K, lang="en", verdict="in_scope", deliverable="labels", state={},
     note="Kendra sends the client material for the labels (copy deck, lab nutrition numbers, UPCs, bottle and label sizes, the label printer's dieline and specs) and asks when the three directions will be presented: client input and a timing question on contracted work. The printer, the 10,000-label run and the lab are context, not requests for excluded work.",
     msg=Msg("ha001", KENDRA, [TESSA], (2027, 7, 21, 10, 32, 17), "Label copy + specs for the four sauces", """\
Hi Tessa,

Welcome aboard! Luis says you're already sketching snakes on napkins, so here's the boring stuff, all in one place:

- Copy deck for the four sauces (attached): product names, ingredient statements and the "Contains" lines exactly as our co-packer registered them.
- Nutrition Facts numbers from the lab, one table per sauce, in the same document.
- UPC-A codes for all four; GS1 confirmed them last week.
- Bottle: 5 fl oz woozy, clear glass, black ribbed cap with a shrink band. The label panel is 4.5" x 2.25" and wraps with a 1/8" overlap.
- Printer: Hill Country Label & Print. Clear BOPP with a white ink underlay, roll-fed, 3" core, unwind position #4. Their dieline template is in the shared Dropbox folder.

We're planning 10,000 labels per flavor for the first run, and the printer needs files about three weeks before we bottle.

When do you think we'll see the three directions? Luis and Élodie both want to be in the room when you present.

Thanks!
Kendra""", attachments=[Attachment("Sidewinder_copy_deck_v3.docx",
                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                  att.docx(["Sidewinder Hot Sauce Co. - label copy deck v3",
                                            "ORIGINAL RED - Ingredients: red jalapeños, distilled vinegar, garlic, sea salt. Heat 2/5.",
                                            "SMOKED CHIPOTLE - Ingredients: chipotle peppers, tomato, apple cider vinegar, brown sugar, sea salt. Heat 2/5.",
                                            "MANGO HABANERO - Ingredients: mango, habanero peppers, lime juice, cane vinegar, sea salt. Heat 3/5.",
                                            "SALSA VERDE - Ingredients: tomatillos, serrano peppers, cilantro, lime juice, sea salt. Heat 1/5.",
                                            "Net contents: 5 FL OZ (148 mL). Refrigerate after opening.",
                                            "Sidewinder Hot Sauce Co., Austin, TX 78702"]))]))

# ha002 ------------------------------------------------------------------------
case(id="ha002", contract=K, lang="fr", verdict="in_scope", deliverable="labels", state={},
     note="Élodie annonce que l'équipe retient la direction 2 « Woodcut » parmi les trois proposées, accepte telles quelles les couleurs d'accent et donne le feu vert pour les étiquettes complètes des quatre sauces : un choix entre options prévues et un accord, aucune modification demandée.",
     msg=Msg("ha002", ELODIE, [TESSA], (2027, 8, 6, 8, 47, 3), "Re: Three label directions", """\
Bonjour Tessa,

On en a parlé hier soir tous les trois autour d'une assiette de tacos : c'est la 2, « Woodcut », à l'unanimité. Enfin, Luis a hésité cinq minutes pour le Rattler Poster, puis il s'est rangé à notre avis.

Le serpent gravé a exactement le côté artisanal qu'on cherche, et les quatre couleurs d'accent que vous proposez nous conviennent telles quelles.

Vous pouvez partir sur les étiquettes complètes des quatre sauces dans cette direction. Merci, et bravo !

Élodie""", quote=Q_DIRECTIONS, cc=[LUIS, KENDRA]))

# ha003 ------------------------------------------------------------------------
case(id="ha003", contract=K, lang="en", verdict="revision", deliverable="labels", state={"labels": 0},
     note="Luis sends the team's notes on the first full label artwork in one list (Chipotle colour, heat meter counts, ribbon hidden by the overlap, bigger flavour names, a limier Verde): the first of the two included rounds on the label system.",
     msg=Msg("ha003", LUIS, [TESSA], (2027, 8, 23, 9, 15, 40), "Re: Woodcut labels: full artwork", """\
Hey Tessa,

These look killer. We printed them on the office inkjet, wrapped them around empty woozies and passed them round the kitchen. Notes from all three of us, in one go like you asked:

1. Smoked Chipotle: the brown reads muddy, almost like barbecue sauce. Can it lean toward a burnt orange or rust?
2. Heat meter: Original Red should show 2 peppers out of 5, not 3. Verde is 1, Mango 3, Chipotle 2. (Our fault, the copy deck was wrong.)
3. The "Small Batch · Austin TX" ribbon sits right on the overlap, so half of it gets hidden once the label is on. Move it up?
4. Flavor names could be bigger. At arm's length you see the snake but not which sauce it is.
5. Verde: more lime, less pine.

Everything else, the snake, the type, the back panel, we love. Don't touch it.

L""", quote=Q_ART1, cc=[ELODIE_GMAIL, KENDRA]))

# ha004 ------------------------------------------------------------------------
case(id="ha004", contract=K, lang="fr", verdict="revision", deliverable="gift-box", state={"labels": 2, "gift-box": 0},
     note="Élodie regroupe les remarques sur les faces du coffret livré (recette du dos, phrase coupée par le pli du rabat, serpent plus grand en façade, ordre des sauces sur l'insert) : le seul tour prévu sur le coffret, encore inutilisé. La maquette blanche montée par Kendra avec la découpe du cartonnier est du contexte.",
     msg=Msg("ha004", ELODIE_GMAIL, [TESSA], (2027, 9, 22, 13, 4, 55), "Re: Gift box artwork", """\
Bonjour Tessa,

Le coffret est magnifique ! Kendra l'a monté en blanc sur la découpe du cartonnier pour voir ce que ça donne en volume, et toute l'équipe est passée le tripoter. Voici nos remarques, regroupées :

– au dos, dans « Three ways to use », remplacer les œufs brouillés par « on grilled oysters » : c'est notre plat signature au food truck ;
– sur le rabat du haut, la phrase « Handle with heat » est à cheval sur le pli, il faudrait la descendre de quelques millimètres ;
– en façade, le serpent paraît un peu perdu à côté de la fenêtre : on le voudrait plus grand, quitte à réduire le bloc de texte ;
– sur l'insert, l'ordre des sauces doit suivre celui des bouteilles dans la fenêtre : Verde, Original Red, Smoked Chipotle.

Merci beaucoup !
Élodie""", quote=Q_BOX, cc=[KENDRA]))

# ha005 ------------------------------------------------------------------------
case(id="ha005", contract=K, lang="en", verdict="revision_over_limit", deliverable="labels", state={"labels": 2},
     note="After the provider delivered the final label files and said both included rounds were used, Luis asks for three more changes on the labels ('Austin, Texas' spelled out, the rattle breaking the border on all four, a darker Mango): a third round on the label system. That the printer has not made plates yet does not give back a round.",
     msg=Msg("ha005", LUIS, [TESSA], (2027, 9, 14, 7, 58, 12), "Re: Final label files", """\
Tessa,

I know, I know, you said final. But Hill Country hasn't made plates yet (I called them this morning), so hear me out:

- We just got into the Whole Foods local program and their buyer wants "Austin, Texas" spelled out on the front, not "ATX".
- I want the snake's rattle to break out of the border on all four, like it's escaping the label.
- The Mango needs to go darker. Next to the other three it looks like a kids' juice box.

Can you turn those around this week so nothing slips?

Luis""", quote=Q_FINALLABELS, text_only=True))

# ha006 ------------------------------------------------------------------------
case(id="ha006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="display", state={"labels": 2, "gift-box": 1, "display": 0},
     note="Élodie demande de retoucher le présentoir livré (fronton allégé sans QR code, rouge aligné sur celui du coffret, texte de façade remonté) : le présentoir a été vendu sans tour de retouches, la première demande de modification dépasse donc la limite.",
     msg=Msg("ha006", ELODIE, [TESSA], (2027, 10, 20, 18, 21, 36), "Re: Counter display artwork", """\
Bonjour Tessa,

Le présentoir est très réussi, mais en posant l'épreuve imprimée sur le comptoir de Central Market avec les vraies bouteilles, on a remarqué trois choses :

– le fronton est trop chargé : on enlèverait le QR code pour ne garder que le serpent et « Hot sauce with a bite » ;
– le rouge du présentoir n'est pas celui du coffret, il faudrait reprendre exactement le même ;
– le texte du bas de la façade est caché par les bouteilles, on pourrait le remonter ?

Vous pourriez nous renvoyer une version corrigée d'ici vendredi ?

Élodie""", quote=Q_DISPLAY, cc=[KENDRA], bom=True))

# ha007 ------------------------------------------------------------------------
case(id="ha007", contract=K, lang="en", verdict="out_of_scope", state={"labels": 1},
     note="Luis asks the packaging designer to redraw the company's snake-and-S mark (cleaner lines, a one-colour version for the truck, the website and shipping cases): a logo redesign, which the contract excludes (the labels use the existing logo as supplied), asked as a favour 'while you're in there'.",
     msg=Msg("ha007", LUIS, [TESSA], (2027, 8, 27, 21, 40, 3), "Quick favor re: the snake", """\
Hey Tessa,

Random thought after staring at label proofs all week: our snake-and-S mark is now the weakest thing on the bottle. My cousin Marco drew it in 2019 for the farmers market tent and nobody has touched it since. The lines are wobbly, the S doesn't really read as an S, and it turns to mush when we shrink it down for the cap.

Since you're deep in snake world anyway, could you redraw it properly? Cleaner lines, the tail curling into the S, and a one-color version we can put on the food truck, the website and the shipping cases. Nothing crazy, just make it look like a real company made it.

Luis""", sig=""))

# ha008 ------------------------------------------------------------------------
case(id="ha008", contract=K, lang="fr", verdict="out_of_scope", state={"labels": 2},
     note="Élodie demande des collerettes à accrocher au goulot des quatre bouteilles, recto illustration, verso recette : un nouveau livrable, absent du contrat (étiquettes, coffret, présentoir). La grille tarifaire prévoit ce genre de pièce en supplément, ce n'est donc pas une retouche des étiquettes.",
     msg=Msg("ha008", ELODIE_GMAIL, [TESSA], (2027, 9, 17, 19, 33, 28), "Une idée pour les bouteilles", """\
Bonjour Tessa,

Au marché de Dripping Springs ce week-end, une marque de mezcal avait accroché à chaque bouteille une petite collerette en carton avec une recette, et les gens repartaient avec. J'adorerais la même chose pour nos quatre sauces : une collerette par sauce, recto le serpent, verso une recette courte que j'écrirai (huîtres grillées, michelada, tacos al pastor, œufs à la verde).

On les percerait pour les passer autour du goulot avec une ficelle kraft. Vous pourriez nous les dessiner dans le même style que les étiquettes ?

Bises,
Élodie"""))

# ha009 ------------------------------------------------------------------------
case(id="ha009", contract=K, lang="en", verdict="out_of_scope", deliverable="gift-box", state={"labels": 1},
     note="Kendra asks for the print-ready gift box files by 27 September instead of 15 October, the date written in the gift box deliverable, because the box maker's holiday slot moved: an earlier deadline than agreed, a change of terms. Thanksgiving and the retailer's endcap are context.",
     msg=Msg("ha009", KENDRA, [TESSA], (2027, 9, 8, 14, 6, 51), "Gift box timing - need to move it up", """\
Hi Tessa,

Bad news from Lone Star Carton: their holiday production window filled up faster than they expected, and the only slot they can still give us starts September 30. To make it, they need our print-ready gift box files by Monday, September 27, not October 15.

I know that's almost three weeks earlier than what's in our agreement. Is there any way you can make it work? If we miss that slot the boxes won't be in stores before Thanksgiving, and H-E-B has already planned us into the holiday endcap.

Thanks,
Kendra""", cc=[LUIS]))

# ha010 ------------------------------------------------------------------------
case(id="ha010", contract=K, lang="en", verdict="unclear", deliverable="labels", state={"labels": 1},
     note="Luis finds the second version of the labels too quiet on a real shelf and wonders whether it is 'just a color thing' or whether the Woodcut idea needs to become 'something way louder': either colour and contrast changes in the remaining label round (revision), or a new design direction for the four labels beyond the one chosen (new work, out of scope). A clarifying question is needed.",
     msg=Msg("ha010", LUIS, [TESSA], (2027, 9, 3, 12, 48, 19), "Re: Woodcut labels: full artwork", """\
Hey Tessa,

Thanks for the quick turnaround, all the fixes are there.

Weird thing though. I took the new proofs to Central Market yesterday, taped them on empty bottles and stood them in the hot sauce aisle next to Yellowbird, Cholula and the rest. Up close they're beautiful. From six feet away they kind of disappear. Everything around us is screaming and we're... polite.

I honestly don't know if that's just a color thing, or if Woodcut is too quiet for a shelf and we need to go somewhere way louder. Can you look at it with that in mind and tell me what you'd do?

Luis""", quote=Q_ART2, sig_after_quote=True))

# ha011 ------------------------------------------------------------------------
case(id="ha011", contract=K, lang="en", verdict="not_a_request", state={"labels": 2, "gift-box": 0},
     note="Kendra confirms an ACH payment of the label balance and the gift box deposit and says the printed labels look great; she names the labels and the gift box but asks for no work.",
     msg=Msg("ha011", KENDRA, [TESSA], (2027, 10, 1, 16, 2, 44), "Payment sent - invoice FS-2027-031", """\
Hi Tessa,

Quick note to let you know we paid invoice FS-2027-031 (label system balance + gift box deposit, $4,150.00) by ACH this morning. It should land in one or two business days.

Also: the first 40,000 labels came off Hill Country's press yesterday and they look amazing on the bottles. Luis has been carrying one around all day.

Have a great weekend,
Kendra"""))

# ha012 ------------------------------------------------------------------------
case(id="ha012", contract=K, lang="fr", verdict="not_a_request", state={"labels": 2, "gift-box": 1},
     note="Élodie propose deux créneaux pour la présentation du présentoir au labo et invite la graphiste à goûter une nouvelle sauce : de la logistique de rendez-vous avec la prestataire, aucun travail demandé.",
     msg=Msg("ha012", ELODIE, [TESSA], (2027, 10, 12, 20, 9, 2), "Présentation du présentoir", """\
Bonjour Tessa,

Pour la présentation du présentoir, Luis et moi sommes libres lundi 18 à 10 h ou mardi 19 en fin d'après-midi. Kendra pourra se joindre à nous les deux jours.

Si vous venez au labo, je vous fais goûter la nouvelle Verde fermentée, elle est enfin au point !

Dites-moi ce qui vous arrange.

Élodie""", cc=[LUIS]))
