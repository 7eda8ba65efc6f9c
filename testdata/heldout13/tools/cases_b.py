"""Contract B: Atelier Kervella Vitrail x Association pour la sauvegarde de la chapelle de Kerlaouen
(stained-glass artist designing and making a new window for a Breton chapel: three 1/10 maquettes, a
full-size cartoon, then fabrication and installation; French contract, EUR; the association's British
treasurer and a British donor write in English)."""
from mailgen import Msg, Quote, Attachment
import attachments as att
from people import *

K = "kervella-kerlaouen-vitrail"

Q_MAQUETTES = Quote(GWENAELLE, (2027, 4, 2, 18, 12, 40), to=[HERVE], cc=[YVONNE], subject="Les trois maquettes",
                    body="""\
Bonjour Hervé,

Comme promis samedi, voici les photos des trois maquettes au 1/10 présentées à la chapelle :
A, le naufrage du Sant-Yann (ciel d'orage, tympan en rouge et or) ;
B, les goémoniers sur la grève, avec la grande vague vert-bleu dans le tympan ;
C, une composition non figurative autour des algues et de la lumière.

Deux tours de retouches sont prévus sur les maquettes : merci de m'envoyer les remarques du bureau en un seul message, je reprendrai les trois en même temps.

Gwenaëlle""")

Q_MAQ_R1 = Quote(GWENAELLE, (2027, 4, 19, 17, 30, 5), to=[YVONNE, HERVE, MAGGIE, TANGUY], subject="Maquettes reprises",
                 body="""\
Bonjour à tous,

Voici les trois maquettes reprises après vos remarques du 6 avril : ciel éclairci sur A, canot à voile au tiers et deux goémonières sur B, partie basse beaucoup plus claire sur C. Je les laisse à la sacristie jusqu'à la fin du mois.

Il vous reste un tour de retouches sur les maquettes. Une fois la maquette choisie, je passe au carton.

Gwenaëlle""")

Q_MAQ_FINAL = Quote(GWENAELLE, (2027, 5, 7, 16, 45, 22), to=[YVONNE], cc=[DAVID, MAGGIE], subject="Maquette B définitive",
                    body="""\
Bonjour Yvonne,

Voici la maquette B avec les dernières retouches du bureau : voiles ocre plus soutenues, ciel du tympan prolongé jusqu'aux soufflets, inscription déplacée en bas de la lancette droite.

C'était le second et dernier tour de retouches prévu sur les maquettes ; je commence le carton à partir de cette version la semaine prochaine.

Gwenaëlle""")

Q_CARTON = Quote(GWENAELLE, (2027, 5, 25, 19, 2, 11), to=[YVONNE], cc=[HERVE], subject="Carton de la baie 3",
                 body="""\
Bonjour Yvonne,

Merci d'être venues à l'atelier mardi. Comme promis, les photos du carton grandeur d'exécution sont en pièce jointe, lancette par lancette, avec le tracé des plombs et des barlotières.

Le carton comprend un tour de corrections : merci de me faire parvenir vos remarques groupées avant que je découpe les calibres, la semaine prochaine.

Gwenaëlle""")

CASES = []


def case(**kw):
    CASES.append(kw)


# b001 -------------------------------------------------------------------------
case(id="b001", contract=K, lang="fr", verdict="in_scope", deliverable="maquettes", state={},
     note="Yvonne envoie la documentation pour les maquettes (relevés de la baie, photos de la lumière, texte sur les goémoniers et le naufrage) et demande si les trois maquettes peuvent être présentées avant le conseil du 14 avril : des éléments fournis pour un livrable du contrat et une question de calendrier, sans date contractuelle avancée.",
     msg=Msg("b001", YVONNE, [GWENAELLE], (2027, 3, 10, 14, 22, 7), "Documentation pour les maquettes de la baie 3", """\
Bonjour Gwenaëlle,

Comme convenu lors de votre visite à la chapelle, je vous envoie les éléments pour les maquettes :

- les relevés de la baie 3 faits par l'entreprise Le Gall : deux lancettes de 62 cm sur 2,90 m, et le tympan avec ses deux soufflets et son petit oculus ;
- les photos de la baie prises à 10 h, à midi et à 16 h, pour que vous voyiez comment la lumière entre côté sud ;
- le texte de l'abbé Le Bihan sur les goémoniers de Kerlaouen et le naufrage du Sant-Yann en 1921 (deux pages). Le bureau tient beaucoup à ce que les deux thèmes soient évoqués.

Le conseil d'administration se réunit le mercredi 14 avril. Pensez-vous pouvoir nous présenter les trois maquettes d'ici là, ou faut-il prévoir une autre date ?

Bien cordialement,""", attachments=[Attachment("Releve_baie3_LeGall.jpg", "image/jpeg", att.JPEG)]))

# b002 -------------------------------------------------------------------------
case(id="b002", contract=K, lang="en", verdict="in_scope", deliverable="maquettes", state={"maquettes": 1},
     note="Maggie reports the committee's vote for maquette B, says nothing is to change and gives the go-ahead for the full-size cartoon: a choice among the contracted maquettes and a go-ahead. The vote count and the instalment paid are context.",
     msg=Msg("b002", MAGGIE, [GWENAELLE], (2027, 4, 28, 20, 51, 13), "Re: Maquettes reprises", """\
Dear Gwenaëlle,

I'm writing on behalf of the committee, as Yvonne is at her daughter's in Rennes this week.

We met on Monday evening and voted (eleven to two, with Father Tanguy abstaining, which I suspect says more about the length of the meeting than about the maquettes). We'd like to go with maquette B, the kelp gatherers on the shore with the great green-blue wave across the tracery.

There's nothing we want changed, so please go ahead with the full-size cartoon whenever you're ready.

I've also paid the second instalment today, so it should reach your account by Friday.

With best wishes,
Maggie""", quote=Q_MAQ_R1, cc=[YVONNE]))

# b003 -------------------------------------------------------------------------
case(id="b003", contract=K, lang="fr", verdict="revision", deliverable="maquettes", state={},
     note="Hervé envoie en un seul message les remarques du bureau sur les trois maquettes présentées (ciel de A, bateau et goémonières de B, verre clair de C) : premier des deux tours de retouches prévus sur les maquettes.",
     msg=Msg("b003", HERVE, [GWENAELLE], (2027, 4, 6, 9, 15, 33), "Re: Les trois maquettes", """\
Bonjour Gwenaëlle,

Le bureau s'est réuni hier soir autour des trois maquettes, posées devant la baie pour voir ce que ça donnait à contre-jour. Voici nos remarques, en un seul message comme vous le demandiez :

Maquette A (le naufrage) : le ciel est trop sombre, on a l'impression que la moitié de la baie est bouchée. Pouvez-vous l'éclaircir, quitte à garder l'orage seulement dans le tympan ?

Maquette B (les goémoniers) : le bateau ressemble à un chalutier moderne ; à l'époque c'étaient des canots à voile au tiers. Et il faudrait une ou deux femmes parmi les goémoniers, elles ramassaient autant que les hommes.

Maquette C : davantage de verre blanc ou très clair en partie basse, le chœur est déjà sombre.

Avec ces retouches, on pourra choisir en connaissance de cause.

Bien à vous,
Hervé""", quote=Q_MAQUETTES, cc=[YVONNE]))

# b004 -------------------------------------------------------------------------
case(id="b004", contract=K, lang="fr", verdict="revision", deliverable="carton", state={"maquettes": 2, "carton": 0},
     note="Yvonne demande trois corrections au carton grandeur d'exécution (un plomb qui traverse un visage, le mât coupé par une barlotière, l'inscription en capitales) : le seul tour prévu sur le carton, encore inutilisé. Les barlotières existantes ne sont pas touchées.",
     msg=Msg("b004", YVONNE, [GWENAELLE], (2027, 5, 27, 10, 4, 52), "RE: Carton de la baie 3", """\
Bonjour Gwenaëlle,

Merci encore pour l'accueil à l'atelier, nous sommes reparties très émues d'avoir vu la baie en grandeur réelle.

En revoyant les photos du carton avec Hervé, trois points nous gênent :

1. Sur la lancette de gauche, un plomb traverse le visage de la jeune goémonière, juste sous l'œil. Est-il possible de le faire passer dans le pli du foulard ?
2. La barlotière du milieu coupe le mât du canot à mi-hauteur : pourrait-on remonter le bateau d'une dizaine de centimètres ?
3. L'inscription « SANT-YANN 1921 » devrait être en capitales romaines, comme sur la plaque des disparus à l'entrée de la chapelle.

Merci de nous dire si cela vous paraît faisable avant la découpe des calibres.

Bien cordialement,""", quote=Q_CARTON, cc=[HERVE]))

# b005 -------------------------------------------------------------------------
case(id="b005", contract=K, lang="en", verdict="revision_over_limit", deliverable="maquettes", state={"maquettes": 2},
     note="After the provider sent maquette B saying the second and last included round was done, the donor asks for rust-red sails and a figure holding a sketchbook: a third round of changes on the maquettes. His personal reasons and offer to pay do not change the count.",
     msg=Msg("b005", DAVID, [GWENAELLE], (2027, 5, 10, 11, 37, 25), "Re: Maquette B définitive", """\
Dear Gwenaëlle,

Forgive me for writing to you directly rather than through the committee. As you know, the window is being given partly in memory of my wife, Ruth, who spent forty summers in Kerlaouen and painted those boats again and again.

The maquette is beautiful. But Ruth's boats always had red sails, the deep rust red of the old Douarnenez fleet, and I can't quite see her in the ochre ones. Could the sails be changed to that red? And could the little figure on the slipway hold a sketchbook rather than a basket? It would mean a great deal to me.

I do understand that the committee has signed off the design, so if there is a cost involved, please tell me.

Warm regards,""", quote=Q_MAQ_FINAL))

# b006 -------------------------------------------------------------------------
case(id="b006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="vitrail", state={"maquettes": 2, "carton": 1, "vitrail": 0},
     note="Le recteur demande de retravailler le soleil jaune du tympan, trop éblouissant, et d'éclaircir les bleus de la vague, pourtant conformes à la maquette, sur le vitrail déjà posé : modifications de goût d'un livrable sans tour de révision, hors limite dès la première demande.",
     msg=Msg("b006", TANGUY, [GWENAELLE], (2027, 6, 28, 12, 6, 41), "Le vitrail", """\
Chère Gwenaëlle,

Je suis passé ce matin à la chapelle voir le vitrail posé : quelle lumière sur le chœur, vraiment. Les paroissiennes qui préparaient le pardon en avaient les larmes aux yeux.

Deux choses pourtant me chiffonnent. Le soleil jaune du tympan est si vif à la messe de 10 h 30 qu'il éblouit littéralement le célébrant ; serait-il possible de le retravailler pour l'adoucir ? Et les bleus de la vague, en bas de la lancette droite, sont bien ceux de la maquette, mais dans la vraie lumière du matin je les trouve un peu tristes. Un ton plus clair serait plus joyeux.

Vous me direz comment vous voyez les choses, je suis au presbytère toute la semaine.

Fraternellement,
Père Jean-Marc Tanguy""", cc=[YVONNE]))

# b007 -------------------------------------------------------------------------
case(id="b007", contract=K, lang="fr", verdict="out_of_scope", state={"maquettes": 2, "carton": 1},
     note="Yvonne demande à la verrière de profiter de l'échafaudage pour remettre en état la rosace du transept (verres fêlés, plombs qui gondolent, encrassement) : restauration d'une autre verrière, exclue du contrat, présentée comme une occasion à saisir.",
     msg=Msg("b007", YVONNE, [GWENAELLE], (2027, 6, 16, 17, 48, 3), "Échafaudage et rosace", """\
Bonjour Gwenaëlle,

Les maçons ont monté l'échafaudage ce matin contre le mur sud, tout est prêt pour la pose de la semaine prochaine.

Une idée nous est venue en le voyant : il monte jusqu'au pignon du transept, et la petite rosace se trouve à deux mètres à peine de la baie 3. Pourriez-vous en profiter pour vous occuper d'elle ? Il y a trois verres fêlés dans les pétales du bas, plusieurs plombs qui gondolent, et elle est tellement encrassée que le rouge paraît brun.

Vous l'auriez à portée de main, et on ne remontera pas d'échafaudage avant des années.

Dites-nous ce que vous en pensez.

Bien cordialement,"""))

# b008 -------------------------------------------------------------------------
case(id="b008", contract=K, lang="en", verdict="out_of_scope", state={"maquettes": 2, "carton": 0},
     note="Maggie asks the glass artist to make 64 small keepsakes (fused-glass fish or leaded roundels) for the donors: a new deliverable that the contract (maquettes, cartoon, one window) does not include. The appeal figures and the pardon date are context.",
     msg=Msg("b008", MAGGIE, [GWENAELLE], (2027, 5, 15, 9, 3, 47), "A thank-you for our donors", """\
Dear Gwenaëlle,

A question from the money side of things. Our summer appeal has done far better than we dared hope: 212 donors so far, which means the window is fully funded.

We'd love to give everyone who gave €100 or more a small keepsake made from the same glass as the window, perhaps a little fused-glass fish or a small leaded roundel with a wave on it, something they could hang in a kitchen window. There are 64 of them at the moment.

Could you make these for us? We'd hand them out after the pardon mass on 11 July, and I'd need a rough price for the committee.

With best wishes,
Maggie"""))

# b009 -------------------------------------------------------------------------
case(id="b009", contract=K, lang="fr", verdict="out_of_scope", deliverable="vitrail", state={"maquettes": 2, "carton": 0},
     note="Hervé demande la pose du vitrail pour le jeudi 3 juin au lieu du 25 juin inscrit dans le livrable, pour une bénédiction par l'évêque le 6 juin : une échéance avancée, donc un changement des conditions. La date du pardon est du contexte.",
     msg=Msg("b009", HERVE, [GWENAELLE], (2027, 5, 12, 21, 10, 19), "Bénédiction du vitrail", """\
Bonjour Gwenaëlle,

Nouvelle de dernière minute : l'évêque ne pourra pas venir bénir le vitrail au pardon de juillet, mais il nous propose le dimanche 6 juin, à la messe de 10 h 30, pendant sa tournée dans le Cap Sizun. Le bureau aimerait beaucoup saisir l'occasion.

Serait-il possible de poser le vitrail au plus tard le jeudi 3 juin, au lieu du 25 juin prévu ? On sait que ça bouscule votre planning, mais on ne voudrait pas laisser passer une bénédiction par Monseigneur.

Merci de nous dire vite,
Hervé""", text_only=True))

# b010 -------------------------------------------------------------------------
case(id="b010", contract=K, lang="fr", verdict="unclear", deliverable="maquettes", state={"maquettes": 1},
     note="Le recteur souhaite « une présence plus spirituelle, plus mariale » dans le vitrail et laisse l'artiste y réfléchir : soit un motif ajouté à une maquette existante dans le tour restant (révision), soit un nouveau programme iconographique centré sur Notre-Dame, une quatrième maquette hors des trois vendues (hors périmètre). Il faut lui demander ce qu'il attend.",
     msg=Msg("b010", TANGUY, [GWENAELLE], (2027, 4, 20, 21, 33, 8), "Re: Maquettes reprises", """\
Chère Gwenaëlle,

J'ai pu voir hier soir les maquettes reprises à la sacristie, et je vous remercie du soin que vous y mettez.

Il me manque pourtant quelque chose. La chapelle est dédiée à Notre-Dame, les marins venaient la prier avant de prendre la mer, et je ne la retrouve dans aucune des trois propositions. Je me demande s'il ne faudrait pas une présence plus spirituelle, plus mariale, dans ce vitrail.

Pourriez-vous y réfléchir ? Je laisse faire l'artiste.

Fraternellement,
Père Jean-Marc Tanguy""", quote=Q_MAQ_R1, bom=True))

# b011 -------------------------------------------------------------------------
case(id="b011", contract=K, lang="fr", verdict="unclear", deliverable="maquettes", state={"maquettes": 1},
     note="La commission diocésaine voudrait voir « quelque chose de plus parlant » que l'aquarelle avant de rendre son avis : soit une maquette reprise et plus poussée dans le tour restant (révision), soit un essai de verre peint ou une maquette à plus grande échelle, un travail nouveau hors contrat (hors périmètre). La présidente ne dit pas lequel ; il faut poser la question.",
     msg=Msg("b011", YVONNE, [GWENAELLE], (2027, 4, 23, 11, 12, 36), "Avis de la commission diocésaine", """\
Bonjour Gwenaëlle,

Nous avons présenté les maquettes à la commission diocésaine d'art sacré mercredi à Quimper. L'accueil a été bon, mais ces messieurs ont du mal à se représenter le rendu réel à partir d'une aquarelle, surtout pour les verres soufflés et la grisaille.

Ils aimeraient voir « quelque chose de plus parlant » avant de rendre leur avis, dont dépend l'accord de l'évêché. Pourriez-vous nous préparer cela pour leur prochaine réunion, le 19 mai ?

Je vous remercie par avance, et je reste à votre disposition pour en parler de vive voix.

Bien cordialement,"""))

# b012 -------------------------------------------------------------------------
case(id="b012", contract=K, lang="en", verdict="not_a_request", state={"maquettes": 2, "carton": 1},
     note="Maggie asks what the VAT mention on the second-instalment invoice means for the town hall's grant and says payment will follow: an invoice question, asking for no work, even though it names the cartoon and the fabrication.",
     msg=Msg("b012", MAGGIE, [GWENAELLE], (2027, 6, 2, 18, 27, 55), "Invoice KV-2027-014", """\
Dear Gwenaëlle,

A quick question about invoice KV-2027-014 (second instalment: cartoon and start of fabrication). It says "TVA non applicable, art. 293 B du CGI", and our bank wants to know whether the amount is therefore the full amount the association owes, as the mairie's grant is calculated on the total excluding tax. I suspect the answer is yes, but I'd rather check with you than guess.

Payment will go out as soon as the mairie transfers its share, hopefully before the end of the month.

With thanks,
Maggie"""))
