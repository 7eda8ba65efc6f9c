"""Contract HB: Birchline Staging x Geneviève Paradis & Mark Sandhu (home stager in Montréal writing a
staging plan, five room concept boards, installing rented furniture and décor in five rooms of the owners'
semi-detached house in Notre-Dame-de-Grâce before the listing photos, renting it for six weeks and picking
it up; English contract, CAD). Geneviève and the listing broker, Josée Lalonde, write in Québec French,
Mark in English from his employer's Outlook."""
from mailgen import Msg, Quote
from people import *

K = "birchline-paradis-staging"

Q_BOARDS = Quote(LEAH, (2027, 4, 1, 16, 12, 40), to=[GENEVIEVE, MARK], subject="Your five concept boards",
                 body="""\
Hi Geneviève and Mark,

Attached are the concept boards for the five rooms:

- Living room: warm white and oatmeal, a linen sofa, walnut side tables, a wool-and-jute rug in front of the fireplace
- Dining room: the walnut table, six rattan-back chairs, a long sideboard, brass candlesticks
- Kitchen: three counter stools, a few cookbooks and a bowl of lemons, nothing else on the counters
- Primary bedroom: sage green and linen, upholstered headboard, two bedside lamps
- Home office: a slim oak desk, a reading chair, one large abstract canvas above the desk

One round of changes is included across the five boards, so please talk it over and send me your combined comments by April 7. I reserve the pieces from the warehouse the next day.

Leah""")

Q_BOARDS2 = Quote(LEAH, (2027, 4, 8, 11, 3, 27), to=[GENEVIEVE, MARK], subject="Re: Your five concept boards",
                  body="""\
Hi both,

Here are the revised boards with your comments: a plain ivory wool rug in the living room, 24-inch counter stools for your 36-inch counters, and a framed vintage map of Montréal in the office instead of the abstract.

That was the round of changes included on the boards, so I'm reserving these pieces at the warehouse this afternoon for the installation on April 20.

Leah""")

Q_INSTALLED = Quote(LEAH, (2027, 4, 20, 17, 31, 2), to=[GENEVIEVE, MARK], cc=[JOSEE],
                    subject="Installation done at Old Orchard!", body="""\
Hi Geneviève, Mark and Josée,

The crew has just left: all five rooms are staged and the house looks wonderful, if I say so myself.

As planned, let's do the walk-through together tomorrow at 8:30 before you head to work. Note everything you'd like to adjust and I'll come back in the afternoon for the adjustment visit, so everything is ready for the photographer on Thursday morning.

Leah""")

Q_ADJUSTED = Quote(LEAH, (2027, 4, 21, 16, 48, 15), to=[GENEVIEVE, MARK], cc=[JOSEE],
                   subject="Adjustments done", body="""\
Hi all,

Adjustments done this afternoon: the mustard armchair has moved to the window, two cushions are gone from the bed, the dining table is pulled away from the wall, and the floor lamp in the office is out of the doorway.

That was the adjustment visit included in our agreement; any further visit is $180. Good luck with the photos tomorrow!

Leah""")

CASES = []


def case(**kw):
    CASES.append(kw)


# hb001 ------------------------------------------------------------------------
case(id="hb001", contract=K, lang="fr", verdict="in_scope", deliverable="plan", state={},
     note="Avant la visite d'évaluation de vendredi, la propriétaire donne ce qui reste dans la maison (le piano de sa grand-mère, le poste de travail de son conjoint), les mesures du salon, la présence d'une chatte, et demande s'il faut repeindre le mur vert du bureau avant la visite ou attendre les recommandations : des éléments et une question pour le plan prévu au contrat. Elle ne demande pas à la stagiste de peindre.",
     msg=Msg("hb001", GENEVIEVE, [LEAH], (2027, 3, 10, 20, 26, 44), "Avant ta visite de vendredi", """\
Bonjour Leah,

Merci encore d'avoir accepté de t'occuper de notre maison, on est vraiment soulagés. En vue de ta visite de vendredi à 10 h, voici quelques infos pour que tu ne partes pas de zéro :

- Le piano droit de ma grand-mère reste. On ne peut pas le sortir : il a fallu démonter la rampe de l'escalier pour l'entrer en 2019.
- Mark télétravaille deux jours par semaine jusqu'à la vente. Il aimerait garder son bureau et ses deux écrans dans la chambre du fond, si c'est possible.
- Le salon fait environ 13 pi 9 po sur 16 pi 8 po (4,2 m sur 5,1 m). Le foyer est au gaz et il fonctionne.
- On a une chatte, Pistache. Elle ira chez ma sœur pendant les visites, mais sa litière est au sous-sol.

Une question : le mur vert forêt du bureau, on le repeint en blanc avant que tu passes, ou on attend tes recommandations ? Mark a déjà acheté le gallon de peinture, il a hâte.

À vendredi !"""))

# hb002 ------------------------------------------------------------------------
case(id="hb002", contract=K, lang="fr", verdict="out_of_scope", deliverable="install", state={},
     note="La courtière demande de meubler aussi la salle familiale du sous-sol (divan sectionnel, table basse, tapis, coin jeux) et de l'ajouter à l'installation : une sixième pièce quand le contrat en vend cinq (salon, salle à manger, cuisine, chambre principale, bureau). Les mots « pièce supplémentaire » n'apparaissent pas.",
     msg=Msg("hb002", JOSEE, [LEAH], (2027, 3, 23, 9, 41, 18), "Maison Old Orchard - le sous-sol", """\
Bonjour Leah,

Josée Lalonde, la courtière de Geneviève et Mark. Ils m'ont transmis ton plan : c'est exactement le genre de travail que j'aime voir avant une mise en marché, bravo.

Une chose me chicote par contre. Le sous-sol est fini (salle familiale d'environ 20 pi sur 14, plancher chauffant, foyer au gaz) et, dans NDG, c'est un gros argument pour les jeunes familles. Dans ton plan, il reste vide une fois que les propriétaires l'auront désencombré, et une grande pièce vide en photo, ça fait froid.

Est-ce que tu pourrais le meubler aussi ? Je pense à un divan sectionnel, une table basse, un beau tapis et un petit coin jeux pour enfants. L'idéal serait que ce soit fait en même temps que le reste, le 20 avril.

Au plaisir,""", cc=[GENEVIEVE]))

# hb003 ------------------------------------------------------------------------
case(id="hb003", contract=K, lang="en", verdict="not_a_request", state={},
     note="The co-owner says he has sent the 50% deposit by Interac e-Transfer (amount with GST and QST, the security question and answer) and warns it may be held for a day: a payment notice, no work asked.",
     msg=Msg("hb003", MARK, [LEAH], (2027, 3, 29, 8, 17, 33), "Deposit sent", """\
Hi Leah,

I've sent the deposit by Interac e-Transfer this morning: $2,989.35, which is half of the $5,200 plus GST and QST, as per the agreement.

Security question: "Name of our cat?" The answer is pistache, all lowercase.

Our bank sometimes holds transfers over $2,000 for 24 hours, so don't worry if it doesn't show up right away.

Thanks,"""))

# hb004 ------------------------------------------------------------------------
case(id="hb004", contract=K, lang="en", verdict="revision", deliverable="boards", state={"boards": 0},
     note="The co-owner sends the couple's combined comments on the five delivered concept boards (a plainer rug next to the busy fireplace tiles, counter-height stools instead of bar-height ones for the 36-inch counters, no abstract art in the office): changes to a contracted deliverable, the one round of changes included on the boards, still unused.",
     msg=Msg("hb004", MARK, [LEAH], (2027, 4, 2, 12, 55, 9), "RE: Your five concept boards", """\
Hi Leah,

Gen and I went through the boards last night with a glass of wine. They look great, and it's a little strange to see our house look better than we ever made it look.

Our combined comments, so you only get one email from us:

1. Living room: the rug is lovely on its own, but next to the fireplace tiles (the green-and-cream Moroccan ones) it gets very busy. Could we go with something plainer?
2. Kitchen: our counters are 36" high and the stools on the board look like the tall bar kind. We'd be perched over the counter like herons. Could they be counter-height ones?
3. Office: neither of us loves the abstract canvas. Something with a bit of Montréal in it, maybe?

Everything else, we wouldn't change a thing.

Thanks,""", quote=Q_BOARDS))

# hb005 ------------------------------------------------------------------------
case(id="hb005", contract=K, lang="fr", verdict="out_of_scope", deliverable="install", state={"boards": 1},
     note="La courtière demande que tout soit installé le mercredi 14 avril au soir, parce que sa photographe ne peut plus venir que le 15 : le contrat prévoit une installation terminée au plus tard le mercredi 21 avril (date de la livraison et `deadline`), une date plus tôt est un changement des conditions.",
     msg=Msg("hb005", JOSEE, [LEAH], (2027, 4, 6, 14, 22, 51), "Changement de calendrier pour les photos", """\
Bonjour Leah,

Petit changement de calendrier de notre côté, désolée d'arriver avec ça si tard.

Ma photographe, Élodie, s'est blessée au dos et elle a dû réorganiser toutes ses séances. Le 22 ne fonctionne plus ; elle m'offre le jeudi 15 avril au matin, sinon pas avant le 29, et là on rate les deux fins de semaine de visites libres où le quartier est le plus achalandé.

Il faudrait donc que tout soit en place le mercredi 14 au soir, une semaine plus tôt que prévu. Est-ce que ton équipe peut s'organiser ? Geneviève et Mark sont d'accord de leur côté.

Merci de me revenir rapidement,""", cc=[GENEVIEVE, MARK]))

# hb006 ------------------------------------------------------------------------
case(id="hb006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="boards", state={"boards": 1},
     note="Après les planches révisées, que la stagiste présente comme le tour de changements inclus (les meubles sont réservés), la propriétaire demande encore des tons chauds au lieu du vert sauge dans la chambre principale orientée au nord et d'autres chaises que celles en rotin : un deuxième tour de changements sur les planches, qui n'en incluent qu'un.",
     msg=Msg("hb006", GENEVIEVE, [LEAH], (2027, 4, 9, 21, 37, 4), "Re: Your five concept boards", """\
Allô Leah,

Merci pour les nouvelles planches ! La carte ancienne de Montréal dans le bureau, Mark l'adore, il veut presque la garder.

Il y a juste une chose qui me chicote depuis le début et que je n'ai pas osé dire la première fois : la chambre principale en vert sauge. Notre chambre donne au nord, la lumière y est grise la moitié de la journée, et j'ai peur que ça fasse triste sur les photos. Est-ce qu'on pourrait plutôt partir sur des tons chauds, terracotta ou rouille, avec un jeté de lit dans ces couleurs-là ?

Et dans la salle à manger, Mark trouve que les chaises en rotin font un peu chalet de location. Des chaises en bois tout simples, ce serait possible ?

Merci, et désolée d'être difficile !

Geneviève""", quote=Q_BOARDS2, sig=""))

# hb007 ------------------------------------------------------------------------
case(id="hb007", contract=K, lang="fr", verdict="out_of_scope", state={"boards": 2},
     note="La propriétaire demande à l'équipe d'installation d'emporter ses 47 boîtes et deux fauteuils jusqu'à son casier d'entreposage, et de reboucher les trous de clous puis de passer une couche de blanc dans le corridor et le salon : transporter et entreposer les biens des propriétaires et les travaux de peinture et de réparation sont deux exclusions du contrat. Le remerciement et la question sur l'heure d'arrivée sont accessoires.",
     msg=Msg("hb007", GENEVIEVE, [LEAH], (2027, 4, 15, 19, 12, 30), "Deux petites affaires pour le 20", """\
Bonjour Leah,

On a fini de remplir nos boîtes hier soir : 47 ! Je ne savais pas qu'on avait autant de choses. Il nous reste deux demandes pour le 20, en espérant que ce ne soit pas trop compliqué :

1. On a loué un casier au mini-entrepôt de la rue Saint-Jacques, à cinq minutes. Puisque ton camion sera là de toute façon, est-ce que tes gars pourraient y apporter nos boîtes et les deux fauteuils du salon en repartant ? Mark n'a pas de congé avant la fin mai.
2. En décrochant les cadres, on a découvert plein de petits trous de clous dans le corridor et le salon. Tes gars pourraient-ils les reboucher et passer une couche de blanc par-dessus ? Ça ferait plus propre sur les photos.

Et vous arrivez à quelle heure, le 20 ? Je m'organiserai pour être là.

Merci !

Geneviève""", text_only=True, sig=""))

# hb008 ------------------------------------------------------------------------
case(id="hb008", contract=K, lang="en", verdict="not_a_request", state={"boards": 2},
     note="Outlook out-of-office reply from the co-owner, sent automatically in answer to the stager's 'installation done' email: he is on a site until 23 April and gives a colleague's contact. It asks for no work (Auto-Submitted header).",
     msg=Msg("hb008", MARK, [LEAH], (2027, 4, 20, 17, 31, 48), "Automatic reply: Installation done at Old Orchard!", """\
Thank you for your email.

I am on site at the Contrecœur terminal until Friday, April 23, with limited access to email.

For urgent matters regarding Lachine Structures projects, please contact Daniel Côté at 514 555 0160 or dcote@lachinestructures.ca.

Mark Sandhu""", sig="",
             extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]))

# hb009 ------------------------------------------------------------------------
case(id="hb009", contract=K, lang="fr", verdict="revision", deliverable="install", state={"boards": 2, "install": 0},
     note="Au sortir de la visite de l'installation avec la courtière, la propriétaire liste les ajustements voulus avant les photos (déplacer le fauteuil moutarde qui cache le foyer, moins de coussins sur le lit, décoller la table du mur, la lampe du bureau dans le passage) : des changements à l'installation livrée, c'est la visite d'ajustement incluse, encore inutilisée.",
     msg=Msg("hb009", GENEVIEVE_IPHONE, [LEAH], (2027, 4, 21, 9, 43, 12), "Re: Installation done at Old Orchard!", """\
Leah !!

On sort de la visite avec Josée, je t'écris de l'auto. On ne reconnaît pas notre maison, j'ai failli brailler dans l'entrée.

Nos ajustements pour cet après-midi, on est tous d'accord :
- le fauteuil moutarde cache la moitié du foyer quand on entre dans le salon, on pourrait le mettre vers la fenêtre ?
- dans la chambre, il y a beaucoup de coussins sur le lit, Josée dit que ça fait hôtel. Deux de moins ?
- la table de la salle à manger est collée au mur, on a l'impression de ne pas pouvoir en faire le tour
- dans le bureau, la lampe sur pied est dans le passage de la porte, Mark s'est cogné dedans en entrant

Merci mille fois, vous avez fait un travail incroyable.
Geneviève""", quote=Q_INSTALLED, bom=True))

# hb010 ------------------------------------------------------------------------
case(id="hb010", contract=K, lang="fr", verdict="unclear", deliverable="install", state={"boards": 2, "install": 1},
     note="Après deux semaines de visites, la courtière rapporte que le bureau paraît sombre et petit aux visiteurs et demande « si on pourrait faire quelque chose » avant la visite libre de dimanche. Lectures possibles : un conseil aux propriétaires (ampoules, stores), sans travail ; changer ou ajouter des lampes et des pièces plus claires dans l'installation, dont la visite d'ajustement est déjà utilisée (revision_over_limit) ; ou repeindre enfin le mur vert forêt, travail exclu (out_of_scope). Il faut lui demander ce qu'elle a en tête.",
     msg=Msg("hb010", JOSEE, [LEAH], (2027, 5, 4, 10, 6, 37), "Old Orchard : retour des visites", """\
Bonjour Leah,

Petit retour après deux semaines en vigueur et deux visites libres : la maison plaît beaucoup, les photos font leur travail et on a eu 41 visiteurs dimanche dernier.

Par contre, le même commentaire revient dans presque toutes les fiches de rétroaction des courtiers : le bureau paraît sombre et plus petit qu'il ne l'est. Il est vrai qu'avec le mur vert et la fenêtre sur la ruelle, en fin d'après-midi, c'est une caverne.

Est-ce qu'on pourrait faire quelque chose d'ici la visite libre de dimanche ? Je te laisse me dire ce que tu en penses.

Merci,""", cc=[GENEVIEVE, MARK]))

# hb011 ------------------------------------------------------------------------
case(id="hb011", contract=K, lang="en", verdict="revision_over_limit", deliverable="install", state={"boards": 2, "install": 1},
     note="After the adjustment visit, which the quoted email calls the one included (further visits $180), the co-owner asks the stager to come back before a second showing to take out the sideboard, swap the dining chairs for a bench and remove the faux olive tree: changes to the installed staging with its one adjustment used up.",
     msg=Msg("hb011", MARK, [LEAH], (2027, 5, 12, 13, 20, 6), "RE: Adjustments done", """\
Hi Leah,

Some good news: the couple who came to both open houses have asked for a second showing on Saturday at 11, with their parents this time.

Josée spoke to their broker, who passed on two comments. They find the dining room a bit formal for a family with toddlers, and the wife wondered whether the olive tree in the living room was real (it isn't, and up close it looks it).

Could you or your crew swing by on Friday to take out the big sideboard, replace the chairs on the window side with a bench, and take the olive tree away? Gen will be home all day to let you in.

Thanks,""", quote=Q_ADJUSTED))

# hb012 ------------------------------------------------------------------------
case(id="hb012", contract=K, lang="en", verdict="in_scope", deliverable="destage", state={"boards": 2, "install": 2},
     note="The house has sold conditionally; the co-owner asks for the pickup of the staging on Monday 31 May, after the buyers' inspection on the 25th and before the rental period ends on 2 June, and whether the crew needs parking permits: scheduling the contracted de-staging, which the contract ties to the sale or the end of the rental. No extension or new work.",
     msg=Msg("hb012", MARK, [LEAH], (2027, 5, 21, 16, 44, 52), "Sold! (conditionally) + pickup date", """\
Hi Leah,

We accepted an offer on Tuesday, from the couple with the toddlers! Josée is convinced the bench did it. Inspection and financing conditions are lifted on May 28 if all goes well.

Their inspector is coming on the 25th and the buyers would like to see the house staged one last time that day, so please leave everything in place until then.

Could your crew come for the pickup on Monday, May 31? Any time works, Gen is off that day. And do you need us to get a parking permit from the borough for the truck, like for the installation?

Thanks again for everything,"""))
