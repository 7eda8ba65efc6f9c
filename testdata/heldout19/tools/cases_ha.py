"""Contract HA: Abeilles & Territoires x Hurel Logistique SAS (beekeeping consultant in the Loiret setting up a
company apiary of four hives on the meadow of a logistics platform near Orléans: site assessment report, hive
installation, eight management visits over the season, two discovery workshops for staff and the texts of three
educational panels; French contract, EUR). The CSR manager writes in French from Outlook (windows-1252) and her
iPhone, the works council from its Gmail address, the site director from Outlook (iso-8859-1) and the ERP sends a
payment notice; the Welsh site manager writes in English from Outlook (UTF-8) and his iPhone."""
from mailgen import Msg, Quote, Attachment
import attachments as att
from people import *

K = "guerin-hurel-rucher"

Q_RAPPORT = Quote(MAELLE, (2027, 3, 10, 18, 22, 4), to=[CLAIRE], subject="Diagnostic d'implantation - rucher de Saint-Cyr",
                  body="""\
Bonjour Claire,

Vous trouverez ci-joint le rapport de diagnostic, suite à ma visite du 2 mars.

En résumé : je recommande la zone A, la bande de prairie entre le bassin d'orage et la clôture sud, à 45 m du quai 12 et à plus de 100 m de l'école de la rue des Sablons. La zone B, derrière la réserve incendie, est présentée page 6 comme solution de repli. Les ressources sont bonnes (colza au nord, robiniers le long de la Loire, tilleuls du parking) et la déclaration de rucher est à faire avant la pose.

Un tour de corrections est prévu : n'hésitez pas à me transmettre les remarques du comité de direction en un seul envoi.

Bien cordialement,
Maëlle""")

Q_POSE = Quote(MAELLE, (2027, 4, 20, 19, 5, 41), to=[CLAIRE, GARETH], subject="Pose des ruches le 28 avril",
               body="""\
Bonjour Claire, bonjour Gareth,

Je vous confirme la pose des quatre ruches le mercredi 28 avril, derrière la réserve incendie comme validé dans la version corrigée du rapport. J'arriverai vers 6 h 30 avec les essaims, avant que les abeilles ne se mettent à voler.

Pour que tout se passe bien, il faudrait que la bande de terrain soit dégagée et à peu près de niveau (une couche de gravier serait idéale), et que quelqu'un puisse m'ouvrir le portail.

Bonne soirée,
Maëlle""")

Q_POSE_FAITE = Quote(MAELLE, (2027, 4, 28, 18, 47, 10), to=[CLAIRE], cc=[GARETH], subject="Rucher installé !",
                     body="""\
Bonjour à tous,

Les quatre ruches sont en place derrière la réserve incendie, entrées orientées plein est, avec la clôture brise-vol et l'abreuvoir. Les colonies sont calmes et les premières butineuses sont sorties vers 10 h.

Laissez-les tranquilles quelques jours. Si quelque chose vous gêne à l'usage, un réaménagement du rucher est prévu au contrat.

Maëlle""")

Q_PANNEAUX_V3 = Quote(MAELLE, (2027, 6, 8, 17, 31, 56), to=[CLAIRE], subject="Textes des panneaux - version 3",
                      body="""\
Bonjour Claire,

Voici la version 3 des trois textes, avec les remarques de votre deuxième envoi : le calendrier ramené à six mois au lieu de douze, le paragraphe sur la reine raccourci et les noms des plantes vérifiés.

C'était le deuxième et dernier tour de corrections prévu au contrat : ces textes peuvent partir chez votre imprimeur.

Bien cordialement,
Maëlle""")

Q_VISITE4 = Quote(MAELLE, (2027, 7, 6, 20, 12, 33), to=[CLAIRE], cc=[GARETH], subject="Compte rendu - visite n° 4 du 6 juillet",
                  body="""\
Bonjour Claire, bonjour Gareth,

Visite n° 4 faite ce matin. Les quatre colonies sont en bonne santé, pas de signe de maladie, couvain compact partout.

J'ai retiré quatre hausses pleines, environ 38 kg de miel de printemps (colza et robinier). Elles sont stockées dans le local technique, à l'abri des fourmis, en attendant que vous décidiez ce que vous voulez en faire.

Prochaine visite : début août, pour la pose des traitements contre le varroa.

Maëlle""")

CASES = []


def case(**kw):
    CASES.append(kw)


# ha001 ------------------------------------------------------------------------
case(id="ha001", contract=K, lang="fr", verdict="in_scope", deliverable="diagnostic", state={},
     note="Une semaine après la signature, la responsable RSE envoie ce qu'il faut pour le diagnostic (plan masse, photo depuis le quai, voisin apiculteur, effectifs, école voisine, salariés allergiques), confirme la date de visite et demande si le rapport arrivera bien pour le 12 mars, date prévue au contrat : des éléments et une question sur le travail prévu, rien de nouveau.",
     msg=Msg("ha001", CLAIRE, [MAELLE], (2027, 2, 22, 10, 47, 12), "Rucher Saint-Cyr : plan du site et infos pour votre visite", """\
Bonjour Maëlle,

Suite à notre échange de la semaine dernière, je vous transmets comme convenu :
- le plan masse de la plateforme (la prairie dont nous avons parlé est en vert, côté sud) ;
- une photo prise ce matin depuis le quai 12, pour que vous ayez une idée de la circulation des poids lourds ;
- les coordonnées de notre voisin, M. Royer, qui a lui-même deux ruches au fond de son jardin, à 300 m environ : il est d'accord pour que vous l'appeliez.

Autres informations qui peuvent vous servir : nous sommes 140 salariés sur le site, en 3x8, et il y a une école primaire rue des Sablons, de l'autre côté de la départementale. Deux collègues m'ont signalé être allergiques aux piqûres ; je ne sais pas si cela change quelque chose à vos préconisations.

Pour la visite, le mardi 2 mars nous convient toujours. Et pourrez-vous bien nous remettre le rapport pour le 12 ? Le comité de direction se réunit le lundi 15 et j'aimerais pouvoir le leur présenter.

Bien cordialement,""", attachments=[Attachment("Plan masse Saint-Cyr 2026.png", "image/png", att.png(32, 20, (120, 168, 96))),
                                      Attachment("IMG_4471.jpg", "image/jpeg", att.JPEG)]))

# ha002 ------------------------------------------------------------------------
case(id="ha002", contract=K, lang="fr", verdict="revision", deliverable="diagnostic", state={"diagnostic": 0},
     note="Après la remise du rapport, le comité de direction écarte la zone recommandée (réservée à une extension de parking) : la cliente demande de reprendre la recommandation, le plan d'implantation et le paragraphe sur les distances pour la zone B déjà présentée dans le rapport, et de corriger un effectif. Ce sont des corrections au rapport livré, le tour inclus sur le diagnostic, encore inutilisé ; la mention du dossier RSE n'en fait pas un contenu de communication.",
     msg=Msg("ha002", CLAIRE, [MAELLE], (2027, 3, 15, 14, 5, 27), "RE: Diagnostic d'implantation - rucher de Saint-Cyr", """\
Bonjour Maëlle,

Merci encore pour ce rapport très clair, il a été lu avec beaucoup d'intérêt ce matin en comité de direction.

Une mauvaise surprise toutefois : le directeur de site nous a appris en séance que la zone A est réservée pour l'extension du parking poids lourds, dont les travaux doivent démarrer à l'automne 2028. Le comité préfère donc partir sur la zone B, derrière la réserve incendie, que vous présentez page 6.

Pourriez-vous reprendre le rapport dans ce sens : la recommandation, le plan d'implantation et le paragraphe sur les distances ? Si je lis bien, la zone B est plus près du chemin piéton qu'empruntent les équipes de nuit pour rejoindre l'arrêt de bus, il faudrait que ce soit traité. Il faudrait aussi corriger l'effectif en page 2 : c'est 140 salariés, pas 104.

C'est cette version corrigée que nous joindrons au dossier RSE.

Bien cordialement,""", quote=Q_RAPPORT))

# ha003 ------------------------------------------------------------------------
case(id="ha003", contract=K, lang="en", verdict="out_of_scope", deliverable="installation", state={"diagnostic": 1},
     note="The site manager relays the managing director's wish for two more hives on the flat roof of the office block, 'six in total', to be added to the installation at the end of April: the contract sells four hives, so two more are extra units (priced on the rate card), on a spot the site assessment never covered.",
     msg=Msg("ha003", GARETH, [MAELLE], (2027, 3, 18, 16, 40, 3), "Hives - a quick one from the site", """\
Hi Maëlle,

Gareth here, I run the Saint-Cyr site. We met briefly in the yard on the 2nd: I was the one in the hi-vis trying to keep you away from the reversing lorries.

Claire showed me your report and the board is very keen. On Monday our MD asked whether four was enough to "make a statement" given the size of the site, and his idea, which I think is a good one, is to put two more on the flat roof of the office block so visitors can see them from the meeting room. That would make six in total: four behind the fire-water tank as planned and two up top.

The roof has a parapet all the way round and a ladder hatch, so access shouldn't be a problem. Could you add those two to the install at the end of April? Claire can sort out whatever paperwork it needs on our side.

Cheers,
Gareth""", cc=[CLAIRE]))

# ha004 ------------------------------------------------------------------------
case(id="ha004", contract=K, lang="fr", verdict="not_a_request", state={"diagnostic": 1},
     note="Avis de paiement généré par le logiciel de comptabilité du client : l'acompte de 30 % (1 386,00 EUR) sur la facture du rucher est parti par virement. Un message automatique qui ne demande aucun travail.",
     msg=Msg("ha004", COMPTA, [MAELLE], (2027, 3, 26, 9, 12, 40), "Avis de paiement - HUREL LOGISTIQUE SAS", """\
Madame, Monsieur,

Nous vous informons qu'un règlement a été émis ce jour en votre faveur par virement SEPA.

Fournisseur : ABEILLES & TERRITOIRES (F04417)
Référence du paiement : VIR-2027-03-0588
Date d'émission : 26/03/2027
Montant : 1 386,00 EUR

Détail des pièces réglées :
FA-2027-007 du 16/02/2027   Acompte 30 % - Rucher d'entreprise Saint-Cyr   1 386,00 EUR

Le délai de réception dépend de votre établissement bancaire (24 à 48 heures ouvrées).

Ce message est généré automatiquement, merci de ne pas y répondre.
Pour toute question : compta.fournisseurs@hurel-logistique.fr

Service Comptabilité Fournisseurs
HUREL LOGISTIQUE SAS - 45590 Saint-Cyr-en-Val""",
             extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Sage 100cloud Comptabilite i7"]))

# ha005 ------------------------------------------------------------------------
case(id="ha005", contract=K, lang="en", verdict="in_scope", deliverable="installation", state={"diagnostic": 1},
     note="Before the agreed installation day, the site manager confirms the ground is levelled and gravelled, gives the gate details, asks where the water trough should go, whether the 2 m fence clears the fire lane and whether staff should keep windows shut, and says to go ahead 'with the four as planned': client input, questions and a go-ahead for the contracted installation.",
     msg=Msg("ha005", GARETH, [MAELLE], (2027, 4, 23, 11, 5, 38), "RE: Pose des ruches le 28 avril", """\
Hi Maëlle,

Thanks, all good for Wednesday. The lads levelled the strip behind the tank yesterday and put down the gravel you asked for. It's about 6 m by 3 m, a bit wider than your sketch, but better too big than too small. Gate 3 will be open from 6, and the badge code is 4417 if the barrier is down.

A few things before you come:
- Do you still want the water trough on the left of the stands, or would the tap by the sprinkler house do? It's about 20 m away.
- The fire brigade access lane runs along the back of the tank. Your 2 m fence won't get in its way, will it? I'd rather check before our safety officer does.
- Should I tell the night shift to keep the canteen windows shut for the first few days?

Go ahead with the four as planned.

Gareth""", quote=Q_POSE, cc=[CLAIRE]))

# ha006 ------------------------------------------------------------------------
case(id="ha006", contract=K, lang="fr", verdict="revision", deliverable="installation",
     state={"diagnostic": 1, "installation": 0},
     note="Une semaine après la pose, les abeilles passent au-dessus du chemin des chauffeurs : la cliente demande de tourner les entrées vers le sud et de reculer les ruches de 7 ou 8 m. C'est un changement sur l'installation livrée, le réaménagement inclus au contrat, encore inutilisé ; proposer un jour ne change rien.",
     msg=Msg("ha006", CLAIRE_IPHONE, [MAELLE], (2027, 5, 4, 8, 12, 55), "Re: Rucher installé !", """\
Bonjour Maëlle,

Tout le monde est ravi, mais petit souci à l'usage : le matin, les abeilles partent toutes vers l'est, donc pile au-dessus du passage qu'empruntent les chauffeurs entre le parking PL et l'accueil. Deux chauffeurs se sont fait piquer vendredi et le délégué syndical m'est tombé dessus.

Serait-il possible de tourner les entrées vers le sud, côté champ, et de reculer l'ensemble de quelques mètres (7 ou 8) vers le fond de la prairie ? Si la clôture doit suivre, on peut vous prêter deux gars de la maintenance.

Dites-moi quel jour vous arrange.

Claire""", quote=Q_POSE_FAITE, bom=True))

# ha007 ------------------------------------------------------------------------
case(id="ha007", contract=K, lang="fr", verdict="out_of_scope", deliverable="ateliers",
     state={"diagnostic": 1, "installation": 1, "panneaux": 1},
     note="La secrétaire du CSE, après avoir rempli les 24 places des deux ateliers prévus, demande une troisième session pour la liste d'attente et une après-midi pour les enfants des salariés en juillet : le contrat vend deux ateliers de douze salariés, ce sont des ateliers en plus (tarif prévu au contrat). L'envoi annoncé de la liste des inscrits ne change rien.",
     msg=Msg("ha007", CSE, [MAELLE], (2027, 5, 27, 20, 34, 18), "Ateliers abeilles : inscriptions et une demande des élus", """\
Bonjour Madame Guérin,

Je suis Sandrine Lopez, secrétaire du CSE de la plateforme. Claire Vannier nous a confié les inscriptions pour les ateliers de juin, et je peux vous dire que ça a marché au-delà de nos espérances : les 24 places (12 le 10 juin, 12 le 17) sont parties en moins de deux jours, et nous avons encore 15 personnes en liste d'attente.

Du coup, deux demandes de la part des élus :
1. Est-ce que vous pourriez faire une troisième session pour ceux qui sont sur la liste d'attente ?
2. Beaucoup de collègues nous ont demandé si leurs enfants pourraient voir les ruches. On pensait à un mercredi après-midi pendant les vacances, en juillet, pour les 6-12 ans, avec les parents bien sûr. Vous feriez ça ?

On ne sait pas du tout ce que ça coûte, donc dites-nous franchement.

Pour les deux ateliers de juin, je vous envoie la liste des inscrits avec les tailles de tenue la semaine prochaine.

Bien cordialement,"""))

# ha008 ------------------------------------------------------------------------
case(id="ha008", contract=K, lang="fr", verdict="revision_over_limit", deliverable="panneaux",
     state={"diagnostic": 1, "installation": 1, "panneaux": 2},
     note="Après la version 3 des textes, que l'apicultrice présente comme le deuxième et dernier tour de corrections inclus, la cliente transmet les demandes du directeur général (adoucir le passage sur le varroa, citer l'arrivée des abeilles en mai) et une correction d'italique : un troisième tour sur les panneaux, qui n'en comprennent que deux. L'imprimeur est celui du client, la demande ne porte pas sur l'impression.",
     msg=Msg("ha008", CLAIRE, [MAELLE], (2027, 6, 14, 17, 50, 9), "RE: Textes des panneaux - version 3", """\
Bonjour Maëlle,

Je suis désolée de revenir encore vers vous à ce sujet. Notre directeur général a enfin lu les textes ce week-end, et il a deux demandes :

- sur « La vie de la colonie », il trouve le passage sur le varroa anxiogène pour les visiteurs (« un acarien qui parasite les abeilles et peut décimer une colonie »). Il préférerait qu'on en parle sans le mot « décimer », voire qu'on retire la phrase ;
- sur « L'année de l'apiculteur », il aimerait que le mois de mai mentionne l'arrivée de nos abeilles sur la plateforme, le 28 avril.

J'ajoute une chose de mon côté : sur le troisième panneau, le nom latin du tilleul est en romain, alors que tous les autres sont en italique.

L'imprimeur attend les fichiers pour le 25, donc si vous pouvez nous renvoyer une version d'ici là, ce serait parfait.

Bien cordialement,""", quote=Q_PANNEAUX_V3))

# ha009 ------------------------------------------------------------------------
case(id="ha009", contract=K, lang="en", verdict="not_a_request", state={"diagnostic": 1, "installation": 1, "panneaux": 3},
     note="The site manager thanks the beekeeper for the two staff workshops, with feedback and news of the photos on the intranet, and says no reply is needed: thanks only. 'Workshop', 'hives' and 'next visit' name contracted work but ask for nothing.",
     msg=Msg("ha009", GARETH, [MAELLE], (2027, 6, 18, 9, 30, 16), "Workshops - thank you!", """\
Hi Maëlle,

Just a quick note to say thank you for yesterday and last Thursday. I've had nothing but good feedback from both groups. Karim from the night shift (the one who asked about a thousand questions) has already bought a book on beekeeping, and a few people who were frankly terrified of bees on the 10th were holding frames by the end. Gloved, but still.

Claire has put the photos on the intranet and the one of the queen has been viewed over 300 times, which is more than our safety bulletin gets in a year.

No need to reply, I know it's your busy season. See you at the next visit.

Gareth""", cc=[CLAIRE]))

# ha010 ------------------------------------------------------------------------
case(id="ha010", contract=K, lang="fr", verdict="out_of_scope", state={"diagnostic": 1, "installation": 1, "panneaux": 3},
     note="Après la première récolte de 38 kg, la cliente demande à l'apicultrice de s'occuper « de A à Z » de 150 pots de 250 g étiquetés aux couleurs de l'entreprise pour les cadeaux clients, depuis les hausses stockées jusqu'aux pots : extraction, mise en pot et étiquetage du miel sont exclus du contrat, même si le mot « extraction » n'apparaît pas.",
     msg=Msg("ha010", CLAIRE, [MAELLE], (2027, 7, 8, 11, 20, 44), "RE: Compte rendu - visite n° 4 du 6 juillet", """\
Bonjour Maëlle,

38 kg ! La nouvelle a fait le tour du site en une matinée.

Nous avons réfléchi avec la direction à ce qu'on pourrait en faire, et l'idée qui a fait l'unanimité, c'est d'offrir ce miel à nos clients transporteurs pour les fêtes. Quelque chose comme 150 petits pots de 250 g, avec une étiquette à nos couleurs (« Miel de la plateforme de Saint-Cyr - récolte 2027 ») et le logo Hurel.

Est-ce que vous pourriez vous en charger de A à Z, depuis les hausses qui sont dans le local jusqu'aux pots prêts à offrir ? Le service communication vous fournira le logo en vectoriel. Dites-nous ce qu'il vous faut et dans quels délais ce serait faisable ; idéalement, on voudrait les avoir fin novembre.

Belle journée,""", quote=Q_VISITE4))

# ha011 ------------------------------------------------------------------------
case(id="ha011", contract=K, lang="en", verdict="unclear", deliverable="visites",
     state={"diagnostic": 1, "installation": 1, "panneaux": 3},
     note="The site manager notices that hive 2 has gone quiet and asks the beekeeper to 'come and have a look'. Readings differ: checking it at the next of the eight scheduled visits, or bringing that visit forward (in_scope, within the visits sold), versus an extra call-out on top of the eight visits (out_of_scope, priced on the rate card). A careful beekeeper would ask which he means before counting anything.",
     msg=Msg("ha011", GARETH_IPHONE, [MAELLE], (2027, 7, 21, 7, 48, 2), "Hive 2", """\
Morning Maëlle,

Walked past the hives on my way in and hive 2 (second from the left) is very quiet compared to the others. A handful of bees coming and going, whereas the other three are like the M25 at rush hour. No dead bees on the ground that I could see, and the lid is on properly.

Probably nothing, but could you come and have a look? I'd rather not lose one in the first year.

Gareth"""))

# ha012 ------------------------------------------------------------------------
case(id="ha012", contract=K, lang="fr", verdict="revision_over_limit", deliverable="installation",
     state={"diagnostic": 1, "installation": 1, "panneaux": 3},
     note="Le directeur de site demande de déplacer les quatre ruches et leur clôture à une soixantaine de mètres, à cause d'un chantier d'extension : c'est un nouveau réaménagement de l'installation, alors que le seul réaménagement inclus a été fait en mai (il le rappelle lui-même). La date qu'il propose ne touche à aucune date du contrat.",
     msg=Msg("ha012", THOMAS, [MAELLE], (2027, 8, 31, 15, 2, 51), "Déplacement du rucher - travaux bâtiment C", """\
Bonjour Madame Guérin,

Je me permets de vous écrire directement, Claire étant en congés jusqu'au 6 septembre.

Nous avons obtenu plus tôt que prévu le permis pour l'extension du bâtiment C, et les terrassements commencent le 20 septembre. La base vie du chantier et le stationnement des engins vont se trouver à une quinzaine de mètres du rucher, et le chef de chantier ne veut pas de ruches à côté de ses équipes. Je le comprends.

Il faudrait donc déplacer les quatre ruches, avec la clôture et l'abreuvoir, au fond du terrain côté nord-est, près du bassin d'orage : à peu près 60 m de l'emplacement actuel. Le terrain y est plat et on peut y amener l'eau. Pouvez-vous vous organiser pour que ce soit fait avant le 17 ?

Je sais qu'on vous a déjà fait bouger les ruches en mai. Merci par avance de votre compréhension.

Cordialement,""", cc=[CLAIRE, GARETH]))
