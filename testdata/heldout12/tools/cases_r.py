"""Contract R: Atelier Lacombe Tapisserie x Hôtel des Canuts (upholsterer re-covering the lounge armchairs and
making a bar banquette for a boutique hotel in Lyon, French contract, EUR; the owners' London asset manager and
the hotel's operations manager write in English)."""
from mailgen import Msg, Quote, Person, Attachment
import attachments as att
from people import *

K = "lacombe-canuts-tapisserie"

Q_HARMONIES = Quote(NOEMIE, (2027, 2, 12, 18, 30, 0), to=[HELENE], cc=[OLIVIA], subject="Les trois harmonies",
                    body="""\
Bonjour Hélène,

Les trois planches sont déposées à la réception, avec les échantillons agrafés :
A « Soierie » : velours de soie bleu nuit, galon argent, pas de clous ;
B « Vert bouteille » : velours vert bouteille, passepoil ocre, clous laiton ;
C « Pierre dorée » : lin chiné sable, passepoil brique, clous bronze.
Tous les tissus sont classés M1.

Deux tours de modifications sont prévus sur les harmonies : n'hésitez pas à regrouper vos remarques avec celles de Mme Bennett.

Noémie""")

Q_HARMONIES_V2 = Quote(NOEMIE, (2027, 2, 19, 17, 5, 0), to=[HELENE, OLIVIA], subject="Re: Les trois harmonies",
                       body="""\
Bonjour Hélène, hello Olivia,

Voici l'harmonie B retravaillée en deux variantes, planches à la réception :
B : vert bouteille plus clair, passepoil ocre, clous bronze patiné ;
B-bis : même velours, passepoil moutarde, clous bronze patiné.

Pour la commande, je compte 42 mètres de velours pour les dix fauteuils et la banquette.

Noémie""")

Q_LIVRAISON = Quote(NOEMIE, (2027, 3, 26, 17, 40, 0), to=[DANIEL], cc=[HELENE], subject="Fauteuils livrés",
                    body="""\
Bonjour Daniel,

Les dix fauteuils sont de retour et en place au salon, le second lot ce matin.

Une reprise est incluse après livraison : notez au fil des jours tout ce qui vous gêne (tension, fermeté, finitions) et envoyez-moi tout en une fois, je viendrai tout reprendre dans la même matinée.

Noémie""")

Q_REPRISE = Quote(NOEMIE, (2027, 4, 14, 12, 15, 0), to=[HELENE], cc=[DANIEL], subject="Reprise des fauteuils",
                  body="""\
Bonjour Hélène,

La reprise est faite : assises assouplies sur les dix fauteuils, passepoil du n° 9 repris, clous des n° 2 et 6 réalignés.

C'était la reprise incluse au devis ; pour toute autre intervention, je vous ferai un petit chiffrage.

Noémie""")

Q_BANQUETTE = Quote(NOEMIE, (2027, 4, 9, 19, 2, 0), to=[KARIM], cc=[HELENE], subject="Banquette posée",
                    body="""\
Bonjour Karim,

La banquette est posée et fixée, vous pouvez l'utiliser dès ce soir. Laissez la mousse se faire une semaine ou deux, l'assise va s'assouplir un peu.

Merci à votre équipe pour le coup de main pour décharger.

Noémie""")

ANNECY_MAIL = Quote(PAULINE, (2027, 3, 4, 9, 12, 0), to=[OLIVIA], subject="Deux fauteuils au grenier", forward=True,
                    body="""\
Bonjour Olivia,

En vidant le grenier pour les travaux, nous avons retrouvé deux fauteuils cabriolets qui ressemblent trait pour trait à ceux du salon de Lyon. D'après l'ancien inventaire, ils ont été achetés ensemble en 1974.

Ils sont en bon état de structure, mais le tissu est fichu. Qu'est-ce qu'on en fait ?

Pauline Girod
Directrice, Hôtel Les Aravis, Annecy""")

CASES = []


def case(**kw):
    CASES.append(kw)


# r001 -------------------------------------------------------------------------
case(id="r001", contract=K, lang="fr", verdict="in_scope", deliverable="fauteuils", state={},
     note="Hélène envoie le plan coté de la niche du bar et les photos numérotées des dix fauteuils, et demande quel jour la tapissière passera chercher le premier lot de cinq : informations et question de calendrier sur des prestations du contrat (enlèvement en deux lots prévu). Le salon des vins est du contexte.",
     msg=Msg("r001", HELENE, [NOEMIE], (2027, 2, 3, 15, 47, 19), "Plan coté du bar et photos des fauteuils", """\
Bonjour Noémie,

Suite à votre visite de lundi, je vous transmets le plan coté de la niche du bar établi par notre architecte (le retour fait bien 2,35 m côté fenêtre), ainsi que les photos des dix cabriolets, numérotés sous l'assise.

Comme convenu, vous les emporterez en deux lots de cinq, pour que le salon reste utilisable pendant le salon des vins du 20 mars. Pourriez-vous me dire quel jour vous passeriez chercher le premier lot ? L'accès se fait par la rue Imbert-Colomès, de préférence avant 10 h.

Bien cordialement,""", attachments=[Attachment("plan_niche_bar_cote.jpg", "image/jpeg", att.JPEG)]))

# r002 -------------------------------------------------------------------------
case(id="r002", contract=K, lang="en", verdict="in_scope", deliverable="harmonies", state={"harmonies": 1},
     note="Olivia picks B-bis between the two variants the upholsterer presented and gives the go-ahead to order the 42 metres of velvet she estimated: a choice among contracted options and a go-ahead, no change asked. The deposit and the fire inspection are context.",
     msg=Msg("r002", OLIVIA, [NOEMIE], (2027, 2, 23, 10, 8, 45), "Re: Les trois harmonies", """\
Dear Noémie,

Hélène showed me both boards on Friday evening and I now have the owners' sign-off: we'll go with B-bis, the bottle-green velvet with the mustard piping and the antique bronze nails.

Please go ahead and order the fabric. Your estimate of 42 metres for the ten armchairs and the banquette sounds right to us, and the deposit for the material went out this morning.

The owners were particularly pleased that the velvet is M1-rated, as the hotel's fire-safety inspection is due in June.

Kind regards,
Olivia""", cc=[HELENE], quote=Q_HARMONIES_V2))

# r003 -------------------------------------------------------------------------
case(id="r003", contract=K, lang="fr", verdict="revision", deliverable="harmonies", state={"harmonies": 0},
     note="Hélène retient l'harmonie B mais demande un vert plus clair, des clous en bronze patiné et une comparaison de passepoils : premier des deux tours de modifications prévus sur les harmonies.",
     msg=Msg("r003", HELENE, [NOEMIE], (2027, 2, 16, 17, 22, 3), "RE: Les trois harmonies", """\
Bonjour Noémie,

Merci pour ces trois planches, toute l'équipe est passée les voir à la réception. Nous penchons nettement pour la B, avec quelques ajustements :

- le velours vert bouteille est superbe en journée, mais sous l'éclairage du bar, le soir, il tourne presque au noir ; pourriez-vous nous proposer un vert un ou deux tons plus clair ?
- les clous laiton font un peu trop neufs, un bronze patiné serait davantage dans l'esprit de la maison ;
- enfin, nous aimerions voir le passepoil ocre à côté d'un passepoil moutarde, pour comparer.

Nous regarderons la nouvelle planche avec Mme Bennett lors de sa venue vendredi.

Bien cordialement,""", cc=[OLIVIA], quote=Q_HARMONIES))

# r004 -------------------------------------------------------------------------
case(id="r004", contract=K, lang="en", verdict="revision", deliverable="fauteuils", state={"harmonies": 2, "fauteuils": 0},
     note="Daniel gathers the team's remarks on the ten delivered armchairs (seats too firm, piping on no. 9, nails on nos. 2 and 6) for one visit: the single reprise included after delivery, still unused.",
     msg=Msg("r004", DANIEL, [NOEMIE], (2027, 3, 31, 9, 26, 12), "RE: Fauteuils livrés", """\
Dear Noémie,

The armchairs have been back in the lounge for five days and they have transformed the room. Hélène asked me to collect the team's remarks so you can deal with everything in one visit:

- The seats feel noticeably firmer than the backs, and two of our regular guests said the same. Could you soften the seats a little?
- On armchair no. 9 the piping along the back dips slightly on the left-hand side.
- A few nails on nos. 2 and 6 are not quite in line with the rest.

Any morning next week suits us; the lounge is quietest before 11 a.m.

Best regards,""", cc=[HELENE], quote=Q_LIVRAISON))

# r005 -------------------------------------------------------------------------
case(id="r005", contract=K, lang="fr", verdict="revision_over_limit", deliverable="fauteuils", state={"harmonies": 2, "fauteuils": 1, "banquette": 0},
     note="Après la reprise incluse, Hélène demande de regarnir et galber les dossiers des dix fauteuils et de remplacer les clous par un galon : nouvelle série de modifications sur les fauteuils livrés, le seul tour prévu est consommé.",
     msg=Msg("r005", HELENE, [NOEMIE], (2027, 4, 20, 11, 3, 58), "RE: Reprise des fauteuils", """\
Bonjour Noémie,

Merci d'être passée si vite la semaine dernière, les assises sont parfaites à présent.

En revanche, à l'usage, plusieurs clients nous disent que les dossiers sont trop droits pour s'y installer longtemps avec un livre. Serait-il possible de reprendre les dossiers des dix fauteuils pour leur donner un peu plus de galbe, avec davantage de garniture en haut ? Et tant que vous y êtes, nous préférerions finalement un galon assorti à la place des clous, ce serait plus doux à l'œil.

Dites-moi quand vous pourriez venir les chercher.

Bien cordialement,""", quote=Q_REPRISE, charset="utf-8", cte="quoted-printable"))

# r006 -------------------------------------------------------------------------
case(id="r006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="banquette", state={"harmonies": 2, "fauteuils": 1, "banquette": 0},
     note="Karim demande, après la pose, d'abaisser l'assise de la banquette, de reprendre un capiton et de changer la couleur du passepoil : modifications d'un livrable sans tour de révision, hors limite dès la première demande.",
     msg=Msg("r006", KARIM, [NOEMIE], (2027, 4, 12, 15, 41, 27), "Re: Banquette posée", """\
Bonjour Noémie,

Premier week-end de service sur la banquette, les clients adorent le capitonnage. Par contre deux ou trois choses côté bar :

- l'assise est un peu haute par rapport aux tables, les gens se cognent les genoux. On pourrait la descendre de 2 cm ?
- dans l'angle, le capiton du milieu tire, on voit un pli.
- et le passepoil moutarde se voit pas du tout sous nos lumières, en rouge brique il ressortirait mieux.

Vous pouvez passer un matin avant 11 h, c'est calme.

Karim""", quote=Q_BANQUETTE, bom=True))

# r007 -------------------------------------------------------------------------
case(id="r007", contract=K, lang="fr", verdict="out_of_scope", state={"harmonies": 2, "fauteuils": 0},
     note="Hélène demande d'habiller les trois fenêtres du salon de pans de velours du plafond au sol avec embrasses : ce sont des rideaux, que le contrat exclut, demandés sans le mot.",
     msg=Msg("r007", HELENE, [NOEMIE], (2027, 3, 10, 16, 12, 40), "Fenêtres du salon", """\
Bonjour Noémie,

Daniel me dit qu'il vous restera pas mal de velours vert une fois les fauteuils coupés. Ce serait dommage de ne pas en profiter !

Est-ce qu'on pourrait envisager d'habiller les trois grandes fenêtres du salon avec ce même velours ? Deux pans de chaque côté, du plafond jusqu'au sol, retenus par des embrasses à glands dans le ton du passepoil. L'ensemble serait vraiment cohérent avec les fauteuils.

Si la pose pouvait se faire avant le retour du second lot, ce serait idéal.

Bien cordialement,"""))

# r008 -------------------------------------------------------------------------
case(id="r008", contract=K, lang="en", verdict="out_of_scope", deliverable="fauteuils", state={"harmonies": 2, "fauteuils": 0},
     note="Olivia forwards a note from the group's Annecy hotel and asks for two more cabriolets to be re-covered with the second batch, twelve in total where ten are sold: extra units (rate card: additional armchair).",
     msg=Msg("r008", OLIVIA, [NOEMIE], (2027, 3, 5, 14, 55, 9), "Fwd: Deux fauteuils au grenier", """\
Dear Noémie,

See Pauline's note below: our Annecy hotel has found two cabriolets that match the ones in the Lyon lounge.

We'd love to bring them over and have them done in the same velvet, so that the lounge has twelve matching armchairs. Could you add them to your second batch? Daniel can have them driven to your workshop next week.

Kind regards,
Olivia""", quote=ANNECY_MAIL))

# r009 -------------------------------------------------------------------------
case(id="r009", contract=K, lang="fr", verdict="out_of_scope", state={"harmonies": 2, "fauteuils": 0, "banquette": 0},
     note="Karim demande de recouvrir les huit tabourets hauts du comptoir dans le même velours : du mobilier qui ne figure pas au contrat (dix fauteuils et une banquette), nouveau travail.",
     msg=Msg("r009", KARIM, [NOEMIE], (2027, 3, 18, 23, 6, 14), "Tabourets du bar", """\
Salut Noémie,

J'ai vu les échantillons du velours dans le bureau d'Hélène, c'est top.

Petite idée : nos 8 tabourets hauts au comptoir vont faire pâle figure à côté de la banquette. Les assises sont en skaï marron tout craquelé. Vous pourriez les refaire dans le même vert avec le passepoil ? Comme ça tout le bar serait assorti.

Je peux vous les déposer à l'atelier quand vous voulez, les assises se dévissent.

Karim"""))

# r010 -------------------------------------------------------------------------
case(id="r010", contract=K, lang="fr", verdict="unclear", deliverable="harmonies", state={"harmonies": 1},
     note="Hélène voudrait « une ambiance propre » au bar et au salon avec un fil conducteur et demande « quelque chose dans ce sens » : soit décliner l'harmonie B-bis en deux variantes (deuxième tour de modifications, un restant), soit de nouvelles propositions d'harmonies au-delà des trois vendues (hors contrat), avec un second tissu à commander. Question à poser avant d'agir.",
     msg=Msg("r010", HELENE, [NOEMIE], (2027, 2, 24, 9, 55, 31), "Harmonie bar / salon", """\
Bonjour Noémie,

Nous avons longuement regardé la planche B-bis avec Daniel hier soir, sur place, sous l'éclairage du bar puis sous celui du salon.

Finalement, nous nous demandons si le bar et le salon ne mériteraient pas chacun leur propre ambiance : quelque chose de plus chaleureux au bar, de plus feutré au salon, tout en gardant un fil conducteur entre les deux.

Pourriez-vous nous faire quelque chose dans ce sens ? Nous sommes preneurs de vos conseils.

Bien cordialement,"""))

# r011 -------------------------------------------------------------------------
case(id="r011", contract=K, lang="en", verdict="unclear", deliverable="fauteuils", state={"harmonies": 2, "fauteuils": 0},
     note="Daniel asks whether anything can be done so older guests can get up from the two armchairs by the fireplace: firmer, fuller seat padding on two delivered chairs (a revision, the included reprise is unused) or raising the chairs on their legs or adding seat cushions (woodwork and cushions, both excluded). The upholsterer needs to ask what they have in mind.",
     msg=Msg("r011", DANIEL, [NOEMIE], (2027, 4, 2, 14, 18, 36), "Armchairs by the fireplace", """\
Dear Noémie,

A small point that came up at our guest-feedback meeting this morning. Several of our older guests find it hard to get up out of the armchairs, especially the two by the fireplace, where they like to sit for afternoon tea.

Is there anything you could do to make those two easier for them? If at all possible, we would rather they didn't look different from the others.

Best regards,"""))

# r012 -------------------------------------------------------------------------
case(id="r012", contract=K, lang="en", verdict="not_a_request", state={"harmonies": 2, "fauteuils": 1, "banquette": 0},
     note="Olivia thanks the upholsterer after the reopening weekend, shares a photo and mentions a possible project next year: thanks and news, no request now.",
     msg=Msg("r012", OLIVIA, [NOEMIE], (2027, 5, 3, 19, 44, 2), "The lounge and the bar", """\
Dear Noémie,

I was in Lyon for the reopening weekend and wanted to write to say thank you. The lounge looks as though it has always been this way, and the banquette has become the most requested spot in the bar: on Saturday evening there was a queue for it.

I've attached a photo our marketing team took on Friday. We'll be using it on the website, crediting your atelier of course.

The owners are already talking about the lobby in Annecy for next year, so I hope we'll have the pleasure again.

Warm regards,
Olivia""", attachments=[Attachment("Canuts_lounge_reopening.jpg", "image/jpeg", att.JPEG)]))
