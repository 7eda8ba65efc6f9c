"""Contract HB: Bérénice Lhomme Calligraphie x Chocolaterie Vauquelin SAS (calligrapher hand-lettering the
names of six Christmas gift boxes for hot-foil printing, addressing 300 invitation envelopes by hand and
lettering the 2028 greeting card for a Lyon chocolatier; French contract, EUR; the British head of client
relations and the brand and digital manager write in English)."""
from mailgen import Msg, Quote, Attachment
import attachments as att
from people import *

K = "lhomme-vauquelin-calligraphie"

Q_STYLES = Quote(BERENICE, (2027, 9, 24, 17, 48, 10), to=[SANDRINE], cc=[ARMAND], subject="Lettrages des coffrets : deux styles",
                 body="""\
Bonjour Sandrine,

Vous trouverez ci-joint les six noms de coffrets tracés dans les deux styles prévus : une anglaise à la plume pointue, très déliée, et une italique plus ronde à la plume plate. J'ai volontairement poussé les entrelacs sur « Minuit à Fourvière » et « Les Lumières », vos deux coffrets phares.

Deux tours de retouches sont prévus sur les lettrages : regroupez les avis de la maison en un seul retour, je reprendrai les six ensemble.

Bérénice""")

Q_LETTR_V2 = Quote(BERENICE, (2027, 10, 8, 18, 2, 45), to=[SANDRINE], cc=[ARMAND], subject="Lettrages des coffrets : deux styles",
                   body="""\
Bonjour Sandrine,

Voici les six lettrages repris en anglaise avec vos remarques : T de « Traboules » simplifié, déliés de « Praline rose » épaissis pour la dorure, plus d'air dans « Minuit à Fourvière », signe pour cent tracé à la main.

Il reste un tour de retouches sur les lettrages avant la vectorisation définitive.

Bérénice""")

Q_LETTR_FINAL = Quote(BERENICE, (2027, 10, 20, 16, 30, 12), to=[SANDRINE], cc=[ARMAND], subject="Lettrages définitifs",
                      body="""\
Bonjour Sandrine,

Voici les fichiers définitifs des six lettrages, vectorisés en SVG et en PDF, avec les dernières retouches : boucle du L des « Lumières » allongée, « Saint-Jean » resserré.

C'était le second et dernier tour de retouches prévu sur les lettrages ; vous pouvez transmettre les fichiers au doreur.

Bérénice""")

Q_MODELE = Quote(BERENICE, (2027, 10, 25, 11, 15, 0), to=[HARRIET], cc=[SANDRINE], subject="Modèle d'enveloppe",
                 body="""\
Bonjour Harriet,

Voici la photo du modèle d'enveloppe : adresse en anglaise à l'encre dorée, nom en plus grand avec un paraphe, le reste de l'adresse centré en dessous.

Le modèle comprend un tour de corrections ; une fois qu'il est validé, je calligraphie toutes les adresses du fichier.

Bérénice""")

Q_VOEUX = Quote(BERENICE, (2027, 11, 26, 15, 40, 33), to=[SANDRINE], cc=[DANIEL], subject="Texte de la carte de vœux",
                body="""\
Bonjour Sandrine,

Voici le texte de la carte de vœux calligraphié puis vectorisé (SVG et PDF), d'après le texte transmis par Daniel.

Comme prévu au contrat, ce texte ne comprend pas de tour de retouches : je vous laisse le relire attentivement avant de l'envoyer à l'imprimeur.

Bérénice""")

CASES = []


def case(**kw):
    CASES.append(kw)


# hb001 ------------------------------------------------------------------------
case(id="hb001", contract=K, lang="fr", verdict="in_scope", deliverable="enveloppes", state={"lettrages": 1},
     note="Sandrine fournit ce qu'il faut pour les enveloppes (fichier de 284 adresses, enveloppes vierges livrées par coursier, avis d'Armand sur l'encre) et demande quand le modèle d'enveloppe sera prêt : des éléments pour un livrable du contrat et une question de calendrier. Les 320 enveloppes vierges comptent la casse, ce ne sont pas des adresses en plus.",
     msg=Msg("hb001", SANDRINE, [BERENICE], (2027, 10, 12, 9, 52, 14), "Fichier clients et enveloppes pour les invitations", """\
Bonjour Bérénice,

Comme convenu, voici de quoi avancer sur les enveloppes des invitations de Noël :

- le fichier clients est dans le dossier partagé, onglet « VIP 2027 » : 284 adresses, dont une quarantaine hors de France. Civilité, prénom, nom et adresse sont dans des colonnes séparées, et j'ai laissé les accents tels quels ;
- les enveloppes (carrées, 16 × 16, papier vergé couleur cacao) vous seront livrées jeudi par coursier : 320 pièces, pour prévoir la casse ;
- pour l'encre, Armand penche pour l'or, mais nous suivrons votre avis sur la lisibilité sur ce fond.

Quand pensez-vous pouvoir nous montrer le modèle d'enveloppe ?

Bien cordialement,""", attachments=[Attachment("enveloppes_cacao.jpg", "image/jpeg", att.JPEG)]))

# hb002 ------------------------------------------------------------------------
case(id="hb002", contract=K, lang="en", verdict="in_scope", deliverable="voeux", state={"lettrages": 2, "enveloppes": 1},
     note="Daniel sends the final wording of the 2028 greeting card and asks for the vector files in SVG and PDF, as contracted: client input for a contracted deliverable and a request for the contracted files. No date earlier than the contract's is asked.",
     msg=Msg("hb002", DANIEL, [BERENICE], (2027, 11, 15, 10, 26, 7), "Greeting card text", """\
Hello Bérénice,

After three weeks and a fair few tastings, Armand has settled the wording of the 2028 greeting card. Here it is, exactly as it should be written, line breaks included:

Que 2028 vous soit douce,
croquante et gourmande.
La maison Vauquelin

So two lines and the signature, in the same pointed-pen hand as the gift box names please. Could you send us the vector file as SVG and PDF, like you did for the boxes?

Many thanks,
Daniel""", cc=[SANDRINE]))

# hb003 ------------------------------------------------------------------------
case(id="hb003", contract=K, lang="fr", verdict="revision", deliverable="lettrages", state={"lettrages": 0},
     note="Sandrine retient l'anglaise parmi les deux styles proposés et groupe quatre remarques sur les lettrages (T de « Traboules », déliés trop fins pour la dorure, espacement, signe pour cent) : le premier des deux tours prévus sur les lettrages. Le choix du style seul serait dans le périmètre, les modifications en font une retouche.",
     msg=Msg("hb003", SANDRINE, [BERENICE], (2027, 9, 29, 14, 37, 50), "RE: Lettrages des coffrets : deux styles", """\
Bonjour Bérénice,

Nous avons passé les planches en revue hier avec Armand et l'équipe de la boutique. Le verdict est sans appel : ce sera l'anglaise, elle a ce côté « lettre de famille » qui colle à la maison.

Voici nos remarques, regroupées comme vous le souhaitiez :

1. « Traboules » : le T majuscule est trop chargé, on ne lit plus le mot au premier coup d'œil. Un T plus simple, quitte à ne garder qu'une boucle.
2. « Praline rose » : les déliés sont si fins qu'ils risquent de disparaître à la dorure. Pouvez-vous les épaissir un peu ?
3. « Minuit à Fourvière » : les mots sont trop serrés, on aimerait plus d'air entre « Minuit » et « à ».
4. « Grand Cru 75 % » : le signe pour cent fait très typographique à côté du reste, peut-être le tracer à la main lui aussi ?

Les deux autres sont parfaits.

Bien à vous,""", quote=Q_STYLES, cc=[ARMAND]))

# hb004 ------------------------------------------------------------------------
case(id="hb004", contract=K, lang="en", verdict="revision", deliverable="enveloppes", state={"lettrages": 2, "enveloppes": 0},
     note="Harriet sends grouped corrections to the sample envelope (warmer gold, address block higher, shorter flourish, titles in full): the single round included on the envelope model, still unused.",
     msg=Msg("hb004", HARRIET, [BERENICE], (2027, 10, 27, 16, 11, 29), "Re: Modèle d'enveloppe", """\
Dear Bérénice,

Thank you for the sample envelope. It's gorgeous, and Armand carried it round the lab all afternoon like a trophy.

A few points from us, all together as you asked:

- On the cocoa paper the gold looks a little pale under the shop lights. Could it be a warmer, deeper gold?
- The address block sits quite low and the last line nearly touches the edge. Could the whole block go up by a centimetre or so?
- The flourish under the surname is lovely but long: on a name like Dubois-Ferrandiere it would run into the line below.
- For our clients we'd like the titles written in full, Madame and Monsieur rather than Mme and M.

Best wishes,
Harriet""", quote=Q_MODELE, cc=[SANDRINE]))

# hb005 ------------------------------------------------------------------------
case(id="hb005", contract=K, lang="fr", verdict="revision_over_limit", deliverable="lettrages", state={"lettrages": 2},
     note="Après la livraison des fichiers définitifs, où la calligraphe rappelait que les deux tours prévus étaient consommés, Armand demande de reprendre deux lettrages (« Grand Cru 75 % » plus épais, « Mendiants de Saint-Jean » moins ascendant) : un troisième tour sur les lettrages. Que Sandrine ait validé en son absence ne change pas le décompte.",
     msg=Msg("hb005", ARMAND, [BERENICE], (2027, 10, 22, 23, 4, 18), "Re: Lettrages définitifs", """\
Bérénice,

Je rentre du Salon du chocolat et je découvre les fichiers définitifs. Je sais que Sandrine a tout validé pendant mon absence, mais c'est mon nom qui est sur les coffrets.

« Grand Cru 75 % » est trop maigre, il lui faut du corps, comme au chocolat. Et « Mendiants de Saint-Jean » monte trop vers la fin, on dirait qu'il s'envole.

Reprenez-moi ces deux-là, s'il vous plaît. Le doreur attendra deux jours.

Armand""", quote=Q_LETTR_FINAL, cc=[SANDRINE], bom=True))

# hb006 ------------------------------------------------------------------------
case(id="hb006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="voeux", state={"lettrages": 2, "enveloppes": 1, "voeux": 0},
     note="Sandrine demande trois ajustements au texte de la carte de vœux livré (« 2028 » plus grand, signature sur une ligne et plus petite, une virgule ajoutée) : ce livrable ne comprend aucun tour de retouches, la première demande de modification dépasse la limite.",
     msg=Msg("hb006", SANDRINE, [BERENICE], (2027, 11, 30, 11, 8, 2), "RE: Texte de la carte de vœux", """\
Bonjour Bérénice,

Le texte des vœux est très beau, mais Armand l'a vu en comité ce matin et souhaite trois ajustements avant l'impression :

– « 2028 » plus grand, presque comme un titre ;
– « La maison Vauquelin » sur une seule ligne et un peu plus petit : il trouve que la signature mange le texte ;
– une virgule après « croquante », il y tient, même si Daniel n'en avait pas mis.

Pourriez-vous nous renvoyer les fichiers modifiés cette semaine ?

Bien cordialement,""", quote=Q_VOEUX, cc=[DANIEL]))

# hb007 ------------------------------------------------------------------------
case(id="hb007", contract=K, lang="en", verdict="out_of_scope", state={"lettrages": 2, "enveloppes": 1},
     note="Harriet asks the calligrapher to put the invitation cards in the envelopes, close them with the house wax seal and post them: insertion, wax seals and posting are the excluded 'Mise sous pli et envoi', asked as a practical shortcut.",
     msg=Msg("hb007", HARRIET, [BERENICE], (2027, 11, 9, 12, 2, 41), "Invitations: a practical question", """\
Dear Bérénice,

The invitation cards have just come back from the printer, thick cotton paper with a gold edge, and they are lovely.

Since all the envelopes are with you at the studio anyway, it seems silly to bring them back to the shop only to carry them to the post office again. Could you slip one card into each envelope as you finish it, close them with our wax seal (I'll drop off the seal and the sticks of burgundy wax on Thursday) and post them from the Terreaux post office? We will of course reimburse the stamps.

Best,
Harriet""", cc=[SANDRINE]))

# hb008 ------------------------------------------------------------------------
case(id="hb008", contract=K, lang="fr", verdict="out_of_scope", state={"lettrages": 2, "enveloppes": 1},
     note="Lou demande d'écrire à la main « Joyeux Noël » et les noms des six coffrets sur la vitrine de la boutique : un nouveau livrable (lettrage de vitrine), absent du contrat qui ne couvre que les lettrages vectorisés, les enveloppes et la carte de vœux. Le nom des coffrets et la date de la déco sont du contexte.",
     msg=Msg("hb008", LOU, [BERENICE], (2027, 11, 5, 15, 44, 9), "Vitrine de Noël rue Auguste-Comte", """\
Bonjour Bérénice,

Je suis Lou, je m'occupe de la boutique de la rue Auguste-Comte ; Sandrine m'a dit que vous passiez parfois devant !

Pour Noël, on aimerait écrire sur la grande vitrine, à la main, « Joyeux Noël » en très grand, et en dessous les noms des six coffrets, un peu comme une ardoise de restaurant. On a vu ça chez un fleuriste de la Croix-Rousse, tracé au marqueur craie blanc, et c'était sublime.

Est-ce que vous pourriez vous en charger ? La vitrine fait à peu près 3,20 m de large. L'idéal serait le samedi 27 novembre, le jour où on installe la déco.

Belle journée,
Lou"""))

# hb009 ------------------------------------------------------------------------
case(id="hb009", contract=K, lang="fr", verdict="out_of_scope", deliverable="enveloppes", state={"lettrages": 2, "enveloppes": 1},
     note="Sandrine ajoute 96 adresses au fichier, soit 380 enveloppes au lieu de 284, alors que le contrat en prévoit 300 : plus d'unités que vendues. Le maintien de la date du 26 novembre n'avance aucune échéance.",
     msg=Msg("hb009", SANDRINE, [BERENICE], (2027, 11, 3, 17, 19, 33), "Adresses supplémentaires pour les invitations", """\
Bonjour Bérénice,

Bonne et mauvaise nouvelle : le Salon du chocolat nous a apporté énormément de nouveaux contacts, et Armand tient à ce qu'ils reçoivent tous l'invitation de Noël cette année.

J'ai donc ajouté 96 adresses à la fin du fichier, dans un nouvel onglet « Salon 2027 », ce qui nous fait 380 enveloppes en tout au lieu de 284. Le coursier vous apporte une centaine d'enveloppes vierges demain matin.

Pourriez-vous les calligraphier avec les autres, pour une remise toujours le 26 novembre ?

Bien cordialement,"""))

# hb010 ------------------------------------------------------------------------
case(id="hb010", contract=K, lang="fr", verdict="unclear", deliverable="lettrages", state={"lettrages": 1},
     note="Armand trouve le lettrage « Les Lumières » trop sage et demande à la calligraphe d'« imaginer quelque chose » : soit reprendre ce tracé avec plus de mouvement dans le tour de retouches restant (revision), soit dessiner en plus un décor de lumignons autour du mot, une illustration que le contrat ne prévoit pas (hors périmètre). Il faut lui poser la question.",
     msg=Msg("hb010", ARMAND, [BERENICE], (2027, 10, 11, 7, 26, 40), "Re: Lettrages des coffrets : deux styles", """\
Bonjour Bérénice,

Très beau travail, Sandrine me l'a montré hier soir.

Une chose me tracasse, c'est « Les Lumières ». Le coffret sera bleu nuit et le lettrage doré, et je le trouve trop sage, trop posé : c'est le coffret de la Fête des Lumières, il doit scintiller, vibrer comme les lumignons aux fenêtres le 8 décembre.

Peut-être en reprenant simplement le tracé, peut-être avec un petit décor de lumignons autour du mot, je ne sais pas. Pourriez-vous imaginer quelque chose dans ce sens ? Je vous fais confiance.

Armand""", quote=Q_LETTR_V2))

# hb011 ------------------------------------------------------------------------
case(id="hb011", contract=K, lang="en", verdict="unclear", deliverable="enveloppes", state={"lettrages": 2, "enveloppes": 0},
     note="Harriet passes on Armand's wish that twenty loyal clients' envelopes feel 'almost royal' and asks what the calligrapher would suggest: either a richer variant of the envelope model made in its remaining round (revision), or a second, more elaborate envelope design for those twenty (new work, out of scope). A clarifying question is needed.",
     msg=Msg("hb011", HARRIET, [BERENICE], (2027, 10, 28, 9, 40, 56), "Re: Modèle d'enveloppe", """\
Dear Bérénice,

The sample envelope is beautiful, and for most of the list it's exactly right.

Armand has one more wish, though. About twenty people on the list are what he calls "les fidèles", clients who have come to the shop every Christmas since the nineties, and he would like their envelopes to feel a little more special than the others. "Something almost royal" was how he put it.

I'm not sure what that would mean in calligraphy terms. Could you tell us what you would suggest for those twenty?

Warm regards,
Harriet""", quote=Q_MODELE, cc=[SANDRINE]))

# hb012 ------------------------------------------------------------------------
case(id="hb012", contract=K, lang="fr", verdict="not_a_request", state={"lettrages": 2, "enveloppes": 1, "voeux": 0},
     note="Avis de virement automatique de la comptabilité de la chocolaterie pour le solde des lettrages et des enveloppes ; il cite les livrables mais ne demande aucun travail.",
     msg=Msg("hb012", COMPTA, [BERENICE], (2027, 12, 3, 6, 30, 0), "Avis de virement - facture BL-2027-118", """\
AVIS DE VIREMENT

La société Chocolaterie Vauquelin SAS vous informe qu'un virement a été émis ce jour en règlement de la facture suivante :

Fournisseur : Bérénice Lhomme Calligraphie
Facture n° : BL-2027-118 du 22/11/2027
Objet : lettrages des coffrets de Noël et enveloppes calligraphiées (solde)
Montant : 3 725,00 €
Date d'exécution : 03/12/2027

Le délai de réception dépend de votre banque (en général un à deux jours ouvrés).

Ce message est envoyé automatiquement, merci de ne pas y répondre. Pour toute question : compta@chocolaterie-vauquelin.fr""",
             sig="", charset="windows-1252", cte="8bit",
             extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Sage 100 Comptabilite"]))
