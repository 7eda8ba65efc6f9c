"""Contract HC: Pelletier Type x Marée Haute Média (independent type designer drawing three directions,
then a two-style headline typeface and its specimen, for the redesign of a bilingual food and culture
quarterly in Montréal; English contract, CAD; the art director and the publisher write in Québec French,
the editor-in-chief and the web developer in English)."""
from mailgen import Msg, Quote, Attachment, Person
import attachments as att
from people import *

K = "pelletier-mareehaute-typeface"

MARQUIS = Person("Benoît Lavigne", "blavigne@imprimerie-fleuve.qc.ca", "outlook", "fr-CA", MTL)

Q_DIRECTIONS = Quote(JONAH, (2027, 5, 11, 17, 45, 12), to=[MELODIE, DARA], cc=[LOUISE],
                     subject="Marée Display: the three directions", body="""\
Hi all,

Thanks for this afternoon. As promised, the three directions are attached as one PDF, with the section names and both mock spreads for each:

A. Estran: a wedge serif with sharp, tidal cuts, fairly wide.
B. Amarre: a condensed grotesque with rope-like curves in the a, g and R.
C. Saumure: a high-contrast display serif with ink traps, for a more literary feel.

Once you've picked one, I'll refine it once with your notes before I start drawing the two styles.

Jonah""")

Q_BETA1 = Quote(JONAH, (2027, 6, 18, 14, 2, 37), to=[MELODIE, SAM], cc=[DARA], subject="Marée Display beta 1",
                body="""\
Hi Mélodie, hi Sam,

Beta 1 of Marée Display Regular and Black is attached, as OTF for InDesign and WOFF2 for Sam's tests. The basic Latin set is complete; accents, figures and kerning are first passes.

Two rounds of changes are included on the fonts. Please collect everyone's notes into one email per round.

Jonah""")

Q_BETA2 = Quote(JONAH, (2027, 7, 2, 11, 30, 8), to=[MELODIE, SAM], cc=[DARA], subject="Marée Display beta 2",
                body="""\
Hi all,

Beta 2 is attached, with round one: tighter T and V kerning, the apostrophe pulled in, lighter guillemets in the Regular, and the Black's figures brought to the Regular's widths.

That was the first of the two rounds included on the fonts; one remains.

Jonah""")

Q_BETA3 = Quote(JONAH, (2027, 7, 16, 16, 58, 44), to=[MELODIE], cc=[DARA, SAM], subject="Marée Display beta 3",
                body="""\
Hi Mélodie,

Beta 3 is attached, with your second round: the more open counters in the Black at small sizes, the shorter descender on the g and the taller É accent.

That was the second and last round included on the family. From here I'm completing the character set and the kerning for delivery on August 27.

Jonah""")

Q_FINAL = Quote(JONAH, (2027, 8, 27, 10, 5, 0), to=[LOUISE, MELODIE, DARA], cc=[SAM],
                subject="Marée Display: final fonts and specimen", body="""\
Hi all,

Here it is: the final Marée Display Regular and Black (OTF and WOFF2 in separate folders, licence included) and the eight-page PDF specimen.

The specimen was quoted without a revision round, so please look it over before it circulates.

It's been a real pleasure. Bon numéro d'automne !

Jonah""")

CASES = []


def case(**kw):
    CASES.append(kw)


# hc001 ------------------------------------------------------------------------
case(id="hc001", contract=K, lang="fr", verdict="in_scope", deliverable="directions", state={},
     note="La directrice artistique envoie la matière de départ pour les directions (planche d'inspiration, noms des sections comme mots-tests, vrais titres dans les deux langues, besoin d'une police étroite) et demande si la présentation des trois directions tient pour la semaine du 10 mai : des éléments fournis et une question de calendrier sur un livrable prévu. Le logo et le masthead sont cités pour dire qu'on n'y touche pas.",
     msg=Msg("hc001", MELODIE, [JONAH], (2027, 4, 16, 15, 33, 20), "Marée Display : de quoi partir", """\
Bonjour Jonah,

Tel que promis, voici le matériel pour démarrer :

– notre planche d'inspiration (lien Are.na plus bas) : des vieilles affiches de la Gaspésie, des enseignes peintes de poissonneries, les cartes marines de la BAnQ ;
– les noms de nos sections, qui peuvent servir de mots-tests : Marché, Terroir, Marée basse, Long format, À table, Dernier service ;
– trois vrais titres du numéro d'automne, un en français et deux en anglais, pour voir comment la police se comporte dans les deux langues ;
– pour info, le logo reste tel quel, on ne touche pas au masthead cette année, et on garde Source Serif pour le texte courant.

Nos titres sont souvent longs en français, alors une police un peu étroite nous aiderait beaucoup.

Est-ce que la présentation des trois directions tient toujours pour la semaine du 10 mai ? Dara et Louise-Anne veulent absolument y être.

https://www.are.na/maree-haute/refonte-2027

Merci !
Mélodie"""))

# hc002 ------------------------------------------------------------------------
case(id="hc002", contract=K, lang="en", verdict="not_a_request", state={},
     note="The editor-in-chief proposes a time and place (office or Zoom) for the presentation of the three directions: meeting logistics with the provider, nothing asked of the work.",
     msg=Msg("hc002", DARA, [JONAH], (2027, 5, 3, 9, 14, 6), "Directions presentation – May 11?", """\
Hi Jonah,

For the presentation of the three directions: Louise-Anne, Mélodie and I are all free on Tuesday, May 11, from 1:30 to 3:30 pm. Would you rather come to the office on De Gaspé or do it over Zoom? If you come in person, the espresso machine is finally fixed and there's a parking spot in the back lane.

Either way, let me know and I'll send an invite.

Best,""", cc=[MELODIE, LOUISE]))

# hc003 ------------------------------------------------------------------------
case(id="hc003", contract=K, lang="fr", verdict="revision", deliverable="directions", state={"directions": 0},
     note="L'équipe retient la direction B « Amarre » et la directrice artistique envoie, dans le même message, ses demandes de changement (accents, jambe du R, g plus sobre, espacement des capitales) : le choix est prévu, les changements font le seul tour de mise au point inclus sur la direction retenue, encore inutilisé. L'historique cité est en anglais.",
     msg=Msg("hc003", MELODIE, [JONAH], (2027, 5, 14, 10, 2, 51), "Re: Marée Display: the three directions", """\
Allô Jonah,

Merci encore pour mardi. On a pris quelques jours pour y penser et c'est unanime : on part avec B, Amarre.

Avant que tu te lances dans les deux graisses, voici ce qu'on aimerait voir bouger, tout d'un coup :
– les accents sont trop plats : sur « MARÉE », l'accent aigu disparaît presque en petit, on les voudrait plus hauts et plus inclinés ;
– le R a une jambe très longue qui fait des trous dans les titres en capitales, on la voudrait plus courte ;
– la boucle du g est superbe, mais elle fait un peu trop étiquette de microbrasserie : peux-tu la rendre plus sobre ?
– dans les titres en anglais, les capitales sont un peu trop serrées à côté des bas-de-casse.

Le reste, on adore.

Mélodie""", quote=Q_DIRECTIONS, cc=[DARA, LOUISE], sig=""))

# hc004 ------------------------------------------------------------------------
case(id="hc004", contract=K, lang="en", verdict="out_of_scope", deliverable="display", state={"directions": 1, "display": 0},
     note="The editor-in-chief asks for an italic to be added to the family, ideally in both weights and at least a Black Italic: the contract sells two styles (Regular and Black), so this is more units than sold, priced by the rate card's additional style.",
     msg=Msg("hc004", DARA, [JONAH], (2027, 6, 2, 16, 40, 29), "An italic?", """\
Hi Jonah,

A question that has been nagging me since we started laying out the fall issue. The pull quotes, and the little drop-ins where we quote chefs and farmers, really want an italic, and Source Serif Italic looks timid next to Amarre. Could you add an italic to the family? Ideally in both weights, but at the very least a Black Italic.

I realize this wasn't in the plan, so tell me what it would mean for the schedule.

Thanks,""", cc=[MELODIE]))

# hc005 ------------------------------------------------------------------------
case(id="hc005", contract=K, lang="en", verdict="revision", deliverable="display", state={"directions": 1, "display": 0},
     note="The web developer sends the team's notes on beta 1 in one list (T kerning, the apostrophe in the Black, heavy guillemets, the Black's wider figures): changes to the contracted typeface, the first of its two included rounds. Staging-site testing is context.",
     msg=Msg("hc005", SAM, [JONAH], (2027, 6, 22, 11, 18, 3), "Re: Marée Display beta 1", """\
Hi Jonah,

I've had beta 1 running on our staging site since Friday, with real headlines from the archive (screenshot attached). Mélodie asked me to gather the team's notes into one email, so here goes:

1. The spacing between T and a lowercase o, e or a is far too loose in both weights. "Toqué" and "Terroir" read as two words.
2. In the Black, the apostrophe sits so far from the letter that "l'été" reads as "l 'été".
3. The guillemets are too heavy in the Regular. They shout louder than the words they quote.
4. The Black's figures are noticeably wider than the Regular's, so prices in our À table listings don't line up when we mix the two weights. Could they come closer to the Regular's?

Everything else renders beautifully, even on the old Android phones we keep for testing.

Sam""", quote=Q_BETA1, cc=[MELODIE],
             attachments=[Attachment("staging-beta1-headlines.png", "image/png", att.png(16, 10, (18, 52, 86)))]))

# hc006 ------------------------------------------------------------------------
case(id="hc006", contract=K, lang="fr", verdict="out_of_scope", state={"directions": 1, "display": 1},
     note="L'éditrice demande d'ajouter à la police les caractères syllabiques de l'inuktitut, dans les deux graisses, pour les titres bilingues du numéro d'hiver : une écriture au-delà du jeu latin prévu, explicitement exclue (écritures supplémentaires). Le mot-clé exact « syllabics » n'apparaît pas.",
     msg=Msg("hc006", LOUISE, [JONAH], (2027, 7, 5, 13, 51, 40), "Numéro d'hiver : titres en inuktitut", """\
Bonjour Jonah,

Je me permets de vous écrire directement. Notre numéro d'hiver sera consacré au Nunavik : la cuisine de Kuujjuaq, les serres communautaires d'Inukjuak, les cueilleuses de petits fruits de Kangiqsujuaq. Par respect pour les gens qui nous accueillent, nous aimerions que tous les grands titres de ce numéro soient bilingues, en français et en inuktitut, dans la même police.

Serait-il possible d'ajouter à Marée Display les caractères syllabiques de l'inuktitut, dans les deux graisses ? Nous travaillons avec une traductrice d'Avataq pour les textes.

Au plaisir de vous lire,""", cc=[MELODIE]))

# hc007 ------------------------------------------------------------------------
case(id="hc007", contract=K, lang="en", verdict="unclear", deliverable="display", state={"directions": 1, "display": 1},
     note="The Black fills in when set at 9-10 pt on uncoated paper and the editor-in-chief asks to 'make the Black work at those small sizes too': it could mean opening the counters and spacing of the existing Black in the one remaining round on the typeface (revision), or drawing a separate small-size version of the Black, an extra style beyond the two sold (out of scope). A clarifying question is needed.",
     msg=Msg("hc007", DARA, [JONAH], (2027, 7, 7, 15, 27, 12), "RE: Marée Display beta 2", """\
Hi Jonah,

Beta 2 is a big step up, thank you. The kerning fixes alone made Sam's week.

One thing we only discovered once Mélodie started setting the department pages: we use the Black at 9 and 10 pt for the small section heads and the bylines, and at that size it fills in. On our uncoated paper the counters of the a, e and s close up completely and the whole line turns into a black bar.

Can you make the Black work at those small sizes too? I honestly have no idea what that involves on your side.

Dara""", quote=Q_BETA2, sig=""))

# hc008 ------------------------------------------------------------------------
case(id="hc008", contract=K, lang="fr", verdict="revision_over_limit", deliverable="display", state={"directions": 1, "display": 2},
     note="Après la bêta 3, présentée comme le deuxième et dernier tour inclus, la directrice artistique demande encore trois changements sur la police (queue du Q, esperluette de la Black, Black plus grasse) : un troisième tour sur un livrable qui en compte deux.",
     msg=Msg("hc008", MELODIE, [JONAH], (2027, 7, 20, 9, 6, 33), "Re: Marée Display beta 3", """\
Salut Jonah,

Je sais, je sais, tu as écrit que c'était le dernier tour. Mais on vient d'imprimer les premières épreuves du numéro et trois détails nous sautent aux yeux sur papier :

– la queue du Q est trop courte, on dirait un O mal fermé : elle pourrait traverser franchement ?
– l'esperluette de la Black ressemble à un 8 dans les titres de section, il faudrait la redessiner ;
– et la Black pourrait être encore un cran plus grasse, elle manque de punch à côté de nos photos.

Est-ce que tu peux nous glisser ça avant la livraison ?

Mélodie""", quote=Q_BETA3, sig=""))

# hc009 ------------------------------------------------------------------------
case(id="hc009", contract=K, lang="fr", verdict="out_of_scope", deliverable="display", state={"directions": 1, "display": 3},
     note="L'éditrice transfère le courriel de l'imprimeur (adressé à la revue) et demande la livraison des polices finales le lundi 9 août au lieu du 27 août, date écrite dans le livrable : une échéance plus tôt que convenu, donc un changement des conditions.",
     msg=Msg("hc009", LOUISE, [JONAH], (2027, 7, 28, 14, 12, 9), "TR: Calendrier de production automne", """\
Bonjour Jonah,

Mauvaise surprise, que je vous transfère ci-dessous : notre imprimeur doit avancer toute sa production d'automne. Pour que le numéro soit en kiosque le 15 septembre, nos fichiers doivent partir au plus tard le 16 août, et Mélodie a besoin de la police finale une semaine avant pour monter les pages.

Pourriez-vous donc nous livrer les fichiers définitifs, OTF et WOFF2, le lundi 9 août plutôt que le 27 ? Je sais que c'est presque trois semaines plus tôt que prévu au contrat, et je vous en suis d'avance très reconnaissante.

Cordialement,""", quote=Quote(MARQUIS, (2027, 7, 27, 16, 40, 0), to=[LOUISE], forward=True,
                                 subject="Calendrier de production automne", body="""\
Bonjour Madame Bellerose,

En raison d'un bris sur notre presse principale, nous devons réorganiser notre calendrier d'automne. Pour une mise en kiosque le 15 septembre, les fichiers finaux de Marée Haute devront nous parvenir au plus tard le lundi 16 août.

Nous sommes désolés de ce contretemps.

Benoît Lavigne
Chargé de projets, Imprimerie du Fleuve""")))

# hc010 ------------------------------------------------------------------------
case(id="hc010", contract=K, lang="en", verdict="in_scope", deliverable="display", state={"directions": 1, "display": 3},
     note="Ahead of the contracted delivery, the web developer asks how the final font files will be packaged (OTF and WOFF2 in separate folders, family and weight names, the licence text): a request about the contracted files. He says he will do the CSS and the upload himself, so the excluded web integration is only context.",
     msg=Msg("hc010", SAM, [JONAH], (2027, 8, 23, 10, 44, 57), "Friday's delivery: file questions", """\
Hi Jonah,

Ahead of Friday's delivery, a couple of practical things so I can plan the switch on the site:

- Could you put the WOFF2 files and the desktop OTFs in separate folders? The OTFs go to the design team's machines, the WOFF2 files to me.
- What family name and weight values will be inside the files? I'd like my font-family declarations to match before the fonts land.
- Please include the licence text in the package; our lawyer likes to see it.

I'll take care of the CSS and the upload to our CDN myself, so no need to worry about that part.

Thanks!
Sam"""))

# hc011 ------------------------------------------------------------------------
case(id="hc011", contract=K, lang="fr", verdict="not_a_request", state={"directions": 1, "display": 3, "specimen": 0},
     note="Réponse automatique d'absence, bilingue (anglais puis français), de la rédactrice en chef au courriel de livraison finale : elle renvoie vers la directrice artistique pour les urgences mais ne demande aucun travail au typographe. Le détecteur de langue du vérificateur classe ce texte bilingue en français.",
     msg=Msg("hc011", DARA, [JONAH], (2027, 8, 27, 10, 5, 41), "Automatic reply: Marée Display: final fonts and specimen", """\
Thank you for your message. I am away from the office until Monday, September 6, with no access to email. For anything urgent about the fall issue, please contact Mélodie Gauthier-Roy (melodie.gauthier-roy@mareehaute.ca).

Merci de votre message. Je suis absente du bureau jusqu'au lundi 6 septembre, sans accès à mes courriels. Pour toute question urgente concernant le numéro d'automne, veuillez écrire à Mélodie Gauthier-Roy (melodie.gauthier-roy@mareehaute.ca).

Dara Kowalczyk""", sig="", text_only=True,
             extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                            "X-MS-Exchange-Inbox-Rules-Loop: dara.kowalczyk@mareehaute.ca"]))

# hc012 ------------------------------------------------------------------------
case(id="hc012", contract=K, lang="fr", verdict="revision_over_limit", deliverable="specimen", state={"directions": 1, "display": 3, "specimen": 0},
     note="L'éditrice demande de changer la phrase d'exemple de la page 3 du spécimen et la couleur de sa couverture : des modifications du spécimen livré, vendu sans tour de retouches, donc au-delà de la limite dès la première demande.",
     msg=Msg("hc012", LOUISE_IPHONE, [JONAH], (2027, 9, 1, 8, 22, 16), "Re: Marée Display: final fonts and specimen", """\
Bonjour Jonah,

Le spécimen est magnifique, je l'ai montré hier soir à tout le conseil d'administration.

Deux petites choses avant que je l'envoie à nos annonceurs : pourriez-vous remplacer la phrase d'exemple de la page 3 (« Le homard de Gaspé arrive en ville »), puisque nous ne parlerons finalement pas de homard cet automne, par « Les pommes de Rougemont font leur entrée » ? Et mettre notre corail sur la couverture plutôt que le noir ?

Merci, et bonne rentrée !
Louise-Anne""", quote=Q_FINAL))
