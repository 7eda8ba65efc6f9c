"""Contract Y: Ferrand Conseil Vins x Grenaille SAS (sommelière-conseil: wine list, tasting-menu pairings and
by-the-glass service cards for a lakeside restaurant; French contract, EUR, Haute-Savoie; the chef and the
waiter write in French, the British co-owner in English)."""
from mailgen import Msg, Quote, Attachment, Person
import attachments as att
from people import *

K = "ferrand-grenaille-vins"

Q_VERRE = Quote(INES, (2027, 1, 26, 18, 12, 40), to=[JULIEN, HANNAH], subject="Vins au verre : deux options",
                body="""\
Bonjour Julien, bonjour Hannah,

Pour les vins au verre, je vous propose deux façons de faire, toutes deux dans le cadre du contrat (14 vins au verre, 14 fiches de service) :
A. 14 vins au verre, tous ouverts à la bouteille classique ;
B. 10 vins au verre courants et 4 vins plus confidentiels servis au Coravin, pour ne pas perdre de bouteille entamée.

Si vous le souhaitez, je peux aussi former l'équipe de salle avant la réouverture (hors contrat, 380 € la demi-journée).

Belle soirée,
Inès""")

Q_CARTE_V1 = Quote(INES, (2027, 2, 17, 17, 48, 2), to=[JULIEN, HANNAH], subject="Carte des vins - première version",
                   body="""\
Bonjour Julien, bonjour Hannah,

Voici la première version de la carte des vins (PDF joint) : 80 références, dont 36 de Savoie et du Bugey, avec un descriptif pour chaque vin et mes propositions de prix de vente.

Deux tours de retouches sont prévus : lisez-la à tête reposée et regroupez vos remarques dans un seul message.

Inès""")

Q_ACCORDS = Quote(INES, (2027, 2, 23, 10, 5, 31), to=[JULIEN, HANNAH], subject="Les 7 accords du menu de printemps",
                  body="""\
Bonjour à tous les deux,

Merci pour cette belle séance hier. Vous trouverez ci-joint les 7 accords retenus, plat par plat, avec pour chacun la demi-page d'argumentaire pour la salle.

Un tour de retouches est prévu sur les accords si quelque chose vous chiffonne.

Inès""")

Q_CARTE_V3 = Quote(INES, (2027, 3, 5, 16, 30, 12), to=[JULIEN, HANNAH], subject="Carte des vins - version 3",
                   body="""\
Bonjour Julien,

Voici la version 3 de la carte, avec vos dernières remarques : les Mondeuses regroupées, le Jongieux à 32 euros et les deux Chignin inversés.

C'était le deuxième et dernier tour de retouches prévu au contrat ; la maquette texte est prête à partir chez l'imprimeur.

Inès""")

Q_FICHES = Quote(INES, (2027, 3, 12, 11, 20, 45), to=[HANNAH, JULIEN], subject="Fiches de service des vins au verre",
                 body="""\
Bonjour Hannah,

Voici les 14 fiches de service des vins au verre, en PDF prêt à imprimer (une page par vin : cépages, température, verre, carafage et l'argumentaire en deux phrases).

Bonne fin de semaine,
Inès""")

GRANDCLOS_MAIL = Quote(GRANDCLOS, (2027, 3, 20, 9, 42, 5), to=[Person("Julien Marchetti", "jmarchetti.cuisine@gmail.com")],
                       subject="Soirée vignerons du 23 avril", forward=True, body="""\
Bonjour Julien,

Comme convenu au salon de Chambéry, on vous confirme notre venue pour la soirée vignerons du vendredi 23 avril : nous serons trois domaines (le Grand Clos, les Pieds sur Terre et la Cave de Jongieux), avec six vins chacun. On arrivera vers 17 h pour mettre les bouteilles au frais.

Pouvez-vous nous confirmer le nombre de couverts ?

Amitiés,
Claire Vuarchex
Domaine du Grand Clos, Chignin""")

CASES = []


def case(**kw):
    CASES.append(kw)


# y001 -------------------------------------------------------------------------
case(id="y001", contract=K, lang="fr", verdict="in_scope", state={},
     note="Julien envoie le menu de printemps et les contraintes de budget et de stockage, propose ses disponibilités pour la séance de dégustation et pose une question sur les prix des vins au verre : apport du client et question sur un travail prévu.",
     msg=Msg("y001", JULIEN, [INES], (2027, 1, 14, 15, 2, 19), "Menu de printemps et nos contraintes", """\
Bonjour Inès,

Comme promis, voici le menu dégustation de printemps. Les garnitures peuvent encore bouger, mais les produits sont arrêtés :
1. Féra du lac, beurre noisette et oseille
2. Asperges de Poisy, sabayon au vin jaune
3. Omble chevalier, bouillon de livèche
4. Ris de veau, morilles
5. Agneau de lait, jus à l'anchois, ail des ours
6. Reblochon fermier, pain de seigle grillé
7. Rhubarbe, glace au foin

Côté contraintes : on aimerait un prix d'achat moyen autour de 11 € HT la bouteille, avec quelques belles pièces au-dessus de 80 € à la carte pour les clients du week-end. La cave ne fait que 6 m², donc pas plus de 400 bouteilles en stock. Et Hannah tient à avoir au moins trois vins nature.

Pour la séance de dégustation, on est fermés jusqu'au 1er avril, donc je suis libre presque tous les jours à partir du 8 février.

Une question : est-ce que tu prévois des vins au verre à moins de 7 € pour le midi ? Nos clients du midi, ce sont surtout des randonneurs et des familles.

Merci et à bientôt,
Julien"""))

# y002 -------------------------------------------------------------------------
case(id="y002", contract=K, lang="en", verdict="in_scope", state={},
     note="Hannah picks option B among the two contracted ways of running the by-the-glass list and asks when the service cards will be ready; the paid staff training offered in the quoted mail is not taken up.",
     msg=Msg("y002", HANNAH, [INES], (2027, 1, 27, 9, 14, 51), "Re: Vins au verre : deux options", """\
Hi Inès,

Julien and I talked it over last night and we'd like to go with option B. The Coravin idea is perfect for the weekend crowd, and Julien is happy for you to choose the four as long as one of them is a Chignin-Bergeron.

Just so I can plan ahead: roughly when do you think the service cards will be ready? I'd love the team to have them a good week before we reopen.

Thanks so much,
Hannah""", cc=[JULIEN], quote=Q_VERRE))

# y003 -------------------------------------------------------------------------
case(id="y003", contract=K, lang="fr", verdict="revision", deliverable="carte-vins",
     state={"carte-vins": 0},
     note="Remplacement de deux références, un prix de vente revu, un regroupement et un mot à retirer des descriptifs sur la première version de la carte : premier des deux tours prévus ; la date du rendez-vous avec l'imprimeur ne change aucun délai.",
     msg=Msg("y003", JULIEN, [INES], (2027, 2, 19, 10, 37, 8), "Re: Carte des vins - première version", """\
Salut Inès,

On a lu la carte hier soir avec Hannah, on est vraiment contents, il y a de belles trouvailles. Nos remarques, toutes ensemble comme tu l'as demandé :

- les deux Chablis, on préférerait les remplacer par des blancs du coin, pourquoi pas l'Altesse de chez Dupasquier ;
- le Gamay de Jongieux à 38 € nous paraît cher pour un vin qu'on achète 9 € HT, on le verrait plutôt à 32 € ;
- on aimerait que toutes les Mondeuses soient regroupées, au lieu d'être éparpillées entre rouges légers et rouges de garde ;
- dans les descriptifs, enlève « minéral » un peu partout, Hannah trouve que ça ne veut plus rien dire.

Si tu peux nous renvoyer la version corrigée avant notre rendez-vous de lundi avec l'imprimeur, c'est l'idéal, sinon on lui montrera celle-ci pour le papier et le format.

Bonne journée,
Julien""", cc=[HANNAH], quote=Q_CARTE_V1, sig_after_quote=True))

# y004 -------------------------------------------------------------------------
case(id="y004", contract=K, lang="en", verdict="revision", deliverable="accords",
     state={"carte-vins": 1, "accords": 0},
     note="After the tasting session Hannah asks to rethink two of the seven delivered pairings (the lamb, whose dish changed, and the rhubarb dessert): the single round included on the pairings, still unused.",
     msg=Msg("y004", HANNAH, [INES], (2027, 2, 24, 16, 22, 3), "Re: Les 7 accords du menu de printemps", """\
Hi Inès,

Thanks again for Monday, the team still can't stop talking about the Persan.

Two of the pairings need another look, I'm afraid. Julien has dropped the anchovy jus from the lamb (it was fighting with the wild garlic), so the Mondeuse now feels far too big for the plate; something lighter and fresher would suit it better. And with the rhubarb, the sparkling rosé felt flat next to the hay ice cream for all of us.

Could you rethink those two? The other five are perfect, don't touch them!

Hannah""", cc=[JULIEN], quote=Q_ACCORDS))

# y005 -------------------------------------------------------------------------
case(id="y005", contract=K, lang="fr", verdict="revision_over_limit", deliverable="carte-vins",
     state={"carte-vins": 2, "accords": 1},
     note="Reprendre le ton des « petits textes sous chaque vin » (les descriptifs de la carte) après la version 3, alors que les deux tours de la carte sont consommés ; le message ne nomme pas la carte.",
     msg=Msg("y005", JULIEN_OUTLOOK, [INES], (2027, 3, 8, 9, 51, 26), "RE: Carte des vins - version 3", """\
Bonjour Inès,

Merci pour la nouvelle version. On l'a fait lire ce week-end à deux ou trois habitués et à ma mère, et il y a un truc qui coince : les petits textes sous chaque vin font encore un peu salon de dégustation. « Fruits à noyau, finale saline et tendue », nos clients ne parlent pas comme ça, ce sont des randonneurs et des familles qui viennent manger au bord du lac.

Est-ce que tu pourrais les reprendre pour qu'ils sonnent plus simple, plus comme on en parlerait à table ? Une phrase chacun, avec des mots de tous les jours.

Merci d'avance,
Julien""", cc=[HANNAH], quote=Q_CARTE_V3))

# y006 -------------------------------------------------------------------------
case(id="y006", contract=K, lang="en", verdict="revision_over_limit", deliverable="fiches",
     state={"carte-vins": 2, "accords": 1, "fiches": 0},
     note="Serving temperatures, a drawn glass and the pitch moved to the top of the delivered by-the-glass service cards: changes to a deliverable with no revision round; the temperatures are not quantities.",
     msg=Msg("y006", HANNAH, [INES], (2027, 3, 15, 10, 8, 44), "Re: Fiches de service des vins au verre", """\
Hi Inès,

The team went through the service cards on Saturday and they love them. A few things they asked me to pass on:

- The Mondeuse card says 16-17°C, but we keep our reds in the cellar at 14 and serve them straight from there. Could the temperatures match how we actually do it?
- Could you show the glass as a little drawing instead of its name? Half the team are seasonal staff and nobody knows what a "Bourgogne" glass looks like.
- On the Roussette and the Jacquère, put the two-sentence pitch at the top rather than the bottom, that's the bit they need in a hurry.

Thanks!
Hannah""", quote=Q_FICHES, text_only=True))

# y007 -------------------------------------------------------------------------
case(id="y007", contract=K, lang="fr", verdict="out_of_scope", state={"carte-vins": 2, "accords": 1, "fiches": 0},
     note="Julien transfère le mail d'un domaine et demande à Inès de venir à la soirée vignerons présenter les vins de table en table et aider au service : le service et l'animation en salle exclus, décrits avec les mots du client.",
     msg=Msg("y007", JULIEN_IPHONE, [INES], (2027, 3, 22, 23, 14, 37), "Fwd: Soirée vignerons du 23 avril", """\
Inès, regarde ce que m'envoie Claire. On sera une quarantaine.

Tu serais partante pour venir ce soir-là ? L'idée ce serait que tu passes de table en table présenter les vins avec les vignerons, et que tu donnes un coup de main à Théo pour servir, il sera tout seul au bar. Ce serait top d'avoir avec nous la personne qui a construit la carte.

Dis-moi ce que ça coûterait.
Julien""", quote=GRANDCLOS_MAIL))

# y008 -------------------------------------------------------------------------
case(id="y008", contract=K, lang="en", verdict="out_of_scope", state={"carte-vins": 2, "accords": 1, "fiches": 0},
     note="A morning training the new floor staff, asked as a small favour, is new work the contract does not sell; the A5 version of the delivered service cards asked in the same email is at most a change to a deliverable with no round (over the limit), so out of scope wins.",
     msg=Msg("y008", HANNAH, [INES], (2027, 3, 16, 14, 3, 9), "Small favour before we open", """\
Hi Inès,

Quick one. We've got six new people on the floor this season and most of them have never worked anywhere with a proper wine list. Would you be able to come in one morning the week before we open and take them through it? Nothing formal: how the list is organised, how to talk about the pairings, maybe open a few bottles so they know what they're pouring. Two or three hours, tops. Julien says the 29th or 30th would suit, we're all in for the deep clean anyway.

Oh, and could you also send us the service cards in A5? The A4 ones don't fit in the little holders behind the bar.

Thanks!
Hannah"""))

# y009 -------------------------------------------------------------------------
case(id="y009", contract=K, lang="fr", verdict="out_of_scope", deliverable="carte-vins",
     state={"carte-vins": 1, "accords": 0},
     note="La réouverture est avancée et Julien demande la carte définitive pour le 5 mars alors que le contrat fixe la maquette texte au 12 mars : délai avancé, hors périmètre ; la question sur la date des fiches est dans le périmètre.",
     msg=Msg("y009", JULIEN, [INES], (2027, 2, 26, 18, 40, 55), "Changement de programme pour la réouverture", """\
Bonjour Inès,

Grosse nouvelle : le Dauphiné prépare un dossier sur les tables du lac et leur journaliste ne peut venir que le 19 mars. Du coup on avance la réouverture au vendredi 19 au lieu du 2 avril.

Ça veut dire que l'imprimeur doit avoir la carte des vins définitive le vendredi 5 mars au plus tard. C'est jouable de ton côté ?

Et les fiches des vins au verre, tu penses les envoyer quand ? Hannah veut les plastifier.

Merci, je sais que ça bouscule tout.
Julien""", cc=[HANNAH]))

# y010 -------------------------------------------------------------------------
case(id="y010", contract=K, lang="fr", verdict="unclear", deliverable="carte-vins",
     state={"carte-vins": 1},
     note="« La carte des vins de la terrasse », une vingtaine de lignes : soit une version courte tirée des 80 références prévues (une retouche de la carte, un tour restant), soit une sélection nouvelle pour la terrasse en plus de la carte vendue (nouveau travail, hors périmètre) ; le message ne permet pas de trancher.",
     msg=Msg("y010", THEO, [INES], (2027, 3, 4, 15, 26, 2), "Carte terrasse", """\
Bonjour Inès,

Julien m'a dit de voir directement avec toi. À partir de mai on ouvre la terrasse côté ponton, avec une petite carte à part, plus courte et moins chère qu'en salle.

Tu pourrais nous faire la carte des vins de la terrasse ? Un truc simple, une vingtaine de lignes sur une feuille A5, qu'on puisse changer facilement.

Merci !
Théo, chef de rang"""))

# y011 -------------------------------------------------------------------------
case(id="y011", contract=K, lang="en", verdict="unclear", deliverable="accords",
     state={"carte-vins": 1, "accords": 0},
     note="Pairings for a four-course lunch menu 'built around the tasting menu' could reuse or adjust the seven contracted pairings (in scope, or a revision with the round left) or need new pairings for new lunch dishes beyond the seven sold (out of scope); the email does not say which.",
     msg=Msg("y011", HANNAH, [INES], (2027, 3, 1, 11, 45, 30), "Lunch menu", """\
Hi Inès,

Julien has decided to do a shorter lunch menu on Fridays and Saturdays from April: four courses at 58 euros, built around the tasting menu.

Could you sort out the wine pairings for it as well? We'd like to offer them by the glass, same as in the evening.

Cheers,
Hannah"""))

# y012 -------------------------------------------------------------------------
NEWS_TEXT = """\
MAISON GRENAILLE · Talloires
La Gazette du printemps 2027

Bonjour à toutes et à tous,

Après trois mois de repos, la Maison Grenaille rouvre ses portes le vendredi 2 avril à midi !

Au programme de ce printemps :
- le nouveau menu dégustation en 7 temps de Julien, autour de la féra, des asperges de Poisy et de l'agneau de lait, avec ses accords mets-vins ;
- une carte des vins entièrement repensée : 80 références, dont 36 de Savoie et du Bugey, sélectionnées avec la sommelière-conseil Inès Ferrand ;
- 14 vins au verre, dont 4 pépites servies au Coravin.

La terrasse côté ponton ouvrira aux beaux jours. Réservations au 04 50 60 18 27 ou sur https://maison-grenaille.fr/reserver

À très vite au bord du lac,
Hannah, Julien et toute l'équipe

Maison Grenaille, Route du Port 8, 74290 Talloires-Montmin
Vous recevez cette lettre car vous vous êtes inscrit(e) sur maison-grenaille.fr.
Se désinscrire : https://maison-grenaille.fr/lettre/desinscription?u=a81f3c07"""

NEWS_HTML = """\
<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>La Gazette du printemps 2027</title></head>
<body style="margin:0;padding:0;background:#eef1ec;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eef1ec;"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#2f3a33;">
<tr><td style="padding:28px 32px;text-align:center;border-bottom:3px solid #7a8f5a;"><img src="https://maison-grenaille.fr/img/logo-grenaille.png" alt="Maison Grenaille" width="200"></td></tr>
<tr><td style="padding:24px 32px;"><h1 style="font-size:24px;margin:0 0 14px;">La Gazette du printemps 2027</h1>
<p style="font-size:15px;line-height:1.6;">Bonjour à toutes et à tous,</p>
<p style="font-size:15px;line-height:1.6;">Après trois mois de repos, la Maison Grenaille rouvre ses portes le <b>vendredi 2 avril à midi</b>&nbsp;!</p>
<ul style="font-size:15px;line-height:1.6;">
<li>le nouveau menu dégustation en 7 temps de Julien, autour de la féra, des asperges de Poisy et de l'agneau de lait, avec ses accords mets-vins&nbsp;;</li>
<li>une carte des vins entièrement repensée&nbsp;: 80 références, dont 36 de Savoie et du Bugey, sélectionnées avec la sommelière-conseil Inès Ferrand&nbsp;;</li>
<li>14 vins au verre, dont 4 pépites servies au Coravin.</li>
</ul>
<p style="font-size:15px;line-height:1.6;">La terrasse côté ponton ouvrira aux beaux jours.</p>
<p style="text-align:center;"><a href="https://maison-grenaille.fr/reserver" style="background:#7a8f5a;color:#ffffff;padding:12px 26px;text-decoration:none;border-radius:3px;">Réserver une table</a></p>
<p style="font-size:15px;line-height:1.6;">À très vite au bord du lac,<br>Hannah, Julien et toute l'équipe</p></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#7d857f;border-top:1px solid #dfe4dc;">Maison Grenaille, Route du Port 8, 74290 Talloires-Montmin<br>
Vous recevez cette lettre car vous vous êtes inscrit(e) sur maison-grenaille.fr. <a href="https://maison-grenaille.fr/lettre/desinscription?u=a81f3c07" style="color:#7d857f;">Se désinscrire</a></td></tr>
</table></td></tr></table>
<img src="https://maison-grenaille.fr/lettre/o/a81f3c07.gif" width="1" height="1" alt="">
</body></html>"""

case(id="y012", contract=K, lang="fr", verdict="not_a_request", state={"carte-vins": 2, "accords": 1, "fiches": 0},
     note="La lettre d'information du restaurant annonce la réouverture et cite la carte des vins, les accords et les vins au verre d'Inès : une newsletter, aucune demande de travail.",
     msg=Msg("y012", NEWS_MG, [Person("", "ines@ferrand-vins.fr")], (2027, 3, 29, 10, 0, 0),
             "La Gazette du printemps : on rouvre le 2 avril !", "",
             client="bulk", plain_override=NEWS_TEXT, html_override=NEWS_HTML,
             extra_headers=["List-Unsubscribe: <https://maison-grenaille.fr/lettre/desinscription?u=a81f3c07>",
                            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                            "List-Id: La Gazette de Maison Grenaille <gazette.maison-grenaille.fr>",
                            "Precedence: bulk"]))
