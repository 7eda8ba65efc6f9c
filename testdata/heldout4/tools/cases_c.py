"""Contract C: Camille Roux Formation x Forma'Pro Ouest (e-learning design, French, EUR)."""
from mailgen import Msg, Quote, Attachment
from people import *
import attachments as att

K = "roux-formapro-elearning"

CASES = []


def case(**kw):
    CASES.append(kw)


Q_STORY_V2 = Quote(CAMILLE, (2026, 10, 16, 18, 5, 20), to=[NATHALIE, YANNICK],
                   subject="Storyboard « Accueil client en agence » - V2", body="""\
Bonjour Nathalie, bonjour Yannick,

Voici la V2 du storyboard (PDF, 46 écrans) avec vos retours de la semaine dernière : objectifs reformulés en verbes d'action, mise en situation d'ouverture plus courte, persona « Mme Lambert » pour le fil rouge.

Il reste un tour de retouches inclus sur la scénarisation avant de passer en production.

Belle soirée,
Camille

--
Camille Roux
Conception pédagogique & e-learning
06 09 73 51 26""")

Q_MODULES = Quote(CAMILLE, (2026, 11, 16, 9, 40, 0), to=[NATHALIE, YANNICK], cc=[AURELIE],
                  subject="Modules 1 à 4 - version de recette", body="""\
Bonjour à tous,

Les quatre modules sont en ligne sur Rise pour la recette (liens de relecture ci-dessous), avec leurs quiz : accueil physique, accueil téléphonique, gestion de l'attente, client mécontent.

Un tour de corrections est prévu sur les modules : merci de centraliser vos remarques dans un seul envoi.

Camille""")

# h025 -------------------------------------------------------------------------
case(id="h025", contract=K, lang="fr", verdict="in_scope", state={"storyboard": 1},
     note="Yannick valide le storyboard sans changement et donne le feu vert pour produire les modules : un go prévu au contrat, aucune retouche demandée.",
     msg=Msg("h025", YANNICK, [CAMILLE], (2026, 10, 21, 17, 12, 8),
             "Re: Storyboard « Accueil client en agence » - V2", """\
Bonjour Camille,

Le comité pédagogique s'est réuni cet après-midi : la V2 est validée telle quelle, bravo. Le fil rouge avec Mme Lambert a beaucoup plu, même à nos formateurs les plus sceptiques.

Vous pouvez donc lancer la réalisation des quatre modules sur Rise.

Bien cordialement,
Yannick""", cc=[NATHALIE], quote=Q_STORY_V2, sig_after_quote=True))

# h026 -------------------------------------------------------------------------
case(id="h026", contract=K, lang="fr", verdict="in_scope", state={"storyboard": 2},
     note="Aurélie transmet les situations réelles et répliques types pour le module « client mécontent » : matière fournie par le client pour un module déjà vendu.",
     msg=Msg("h026", AURELIE, [CAMILLE], (2026, 10, 28, 11, 26, 40),
             "Situations pour le module 4", """\
Bonjour Camille,

Comme promis lors de notre point, je vous joins les six situations de clients mécontents que j'utilise en salle depuis trois ans, avec les répliques qui fonctionnent et celles à éviter. Elles viennent toutes de vraies agences bancaires et d'assurance, j'ai juste changé les noms.

Utilisez ce qui vous sert pour le module 4, je vous fais confiance pour le découpage.

Belle journée,""", cc=[NATHALIE],
             attachments=[Attachment("Situations_client_mecontent.docx",
                                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                     att.docx(["Situation 1 : le client attend depuis 25 minutes",
                                               "Situation 2 : la carte bancaire avalée par le distributeur",
                                               "Situation 3 : le conseiller absent au rendez-vous",
                                               "Situation 4 : le prélèvement en double",
                                               "Situation 5 : le client qui filme l'échange",
                                               "Situation 6 : la réclamation par téléphone un vendredi soir"]))]))

# h027 -------------------------------------------------------------------------
case(id="h027", contract=K, lang="fr", verdict="revision", deliverable="storyboard",
     state={"storyboard": 1},
     note="Deuxième série de retouches sur le storyboard livré (écrans 12 et 30, consigne de l'activité finale) ; « storyboard » inclut 2 tours et un seul est consommé.",
     msg=Msg("h027", NATHALIE, [CAMILLE], (2026, 10, 19, 10, 8, 31),
             "RE: Storyboard « Accueil client en agence » - V2", """\
Bonjour Camille,

Merci pour cette V2, on approche du but.

Quelques derniers ajustements avant le comité de mercredi :
- écran 12 : la formule « Bonjour, c'est pour quoi ? » nous semble trop caricaturale, pourriez-vous la remplacer par un exemple plus subtil ?
- écran 30 : inverser l'ordre des deux cas pratiques, le plus simple d'abord ;
- activité finale : la consigne doit préciser que l'apprenant peut revenir en arrière.

Merci d'avance,""", quote=Q_STORY_V2))

# h028 -------------------------------------------------------------------------
case(id="h028", contract=K, lang="fr", verdict="revision", deliverable="modules",
     state={"storyboard": 2, "modules": 0, "quiz": 0},
     note="Premières corrections demandées sur le module 2 livré (mise en situation d'ouverture, prénom du persona, écran d'introduction) ; « modules » inclut 1 tour, non consommé.",
     msg=Msg("h028", YANNICK_IPHONE, [CAMILLE], (2026, 11, 18, 12, 44, 6),
             "Re: Modules 1 à 4 - version de recette", """\
Camille, j'ai fait le module 2 dans le train, très réussi. Nos remarques avec Nathalie :
- l'appel d'ouverture dure trop longtemps, on décroche avant la fin
- le conseiller s'appelle Kevin, on préférerait un prénom plus neutre
- l'écran d'intro est trop chargé, deux phrases suffiraient

Sinon rien à redire. Le reste arrive de la part de Nathalie demain.
Yannick""", bom=True, quote=Q_MODULES))

# h029 -------------------------------------------------------------------------
case(id="h029", contract=K, lang="fr", verdict="revision_over_limit", deliverable="quiz",
     state={"storyboard": 2, "modules": 0, "quiz": 0},
     note="Demande de reformulation d'une question et d'un feedback dans le quiz livré du module 1 ; « quiz » n'inclut aucun tour de retouches (revisions = 0), la première demande est donc au-delà.",
     msg=Msg("h029", NATHALIE_1252, [CAMILLE], (2026, 11, 20, 16, 55, 14),
             "RE: Modules 1 à 4 - version de recette", """\
Bonjour Camille,

Une remarque qui concerne uniquement le quiz de fin du module 1 : la question 4 est ambiguë (deux réponses peuvent être défendues, nos formateurs se sont disputés dessus) et le retour affiché quand on se trompe à la question 7 est un peu sec : « Faux. » tout court.

Pourriez-vous reformuler la question 4 et rendre ce retour plus bienveillant ?

Cordialement,""", cc=[YANNICK], quote=Q_MODULES))

# h030 -------------------------------------------------------------------------
case(id="h030", contract=K, lang="fr", verdict="revision_over_limit", deliverable="guide",
     state={"storyboard": 2, "modules": 1, "quiz": 0, "guide": 1},
     note="Nouveaux changements sur le guide du formateur livré (corrigés du module 3 détaillés, schéma en couleur) alors que le seul tour inclus pour « guide » est consommé.",
     msg=Msg("h030", AURELIE, [CAMILLE], (2026, 12, 9, 14, 30, 2),
             "Re: Guide du formateur - version finale", """\
Bonjour Camille,

Je prépare ma première session avec le guide et il me manque quelque chose : en page 14, les corrigés du module 3 donnent seulement la bonne réponse, sans l'explication. Pourriez-vous les détailler comme pour les autres modules ? Et le schéma de la page 6 est passé en niveaux de gris, on ne distingue plus les étapes, il faudrait le remettre en couleur.

Merci !""", quote=Quote(CAMILLE, (2026, 12, 4, 17, 20, 0), to=[NATHALIE, AURELIE],
                         subject="Guide du formateur - version finale", body="""\
Bonjour Nathalie, bonjour Aurélie,

Voici la version finale du guide du formateur (PDF, 22 pages) intégrant vos remarques sur la V1 : déroulé par module, points de vigilance et corrigés.

Le tour de retouches prévu sur le guide est utilisé avec cette version.

Camille""")))

# h031 -------------------------------------------------------------------------
case(id="h031", contract=K, lang="fr", verdict="out_of_scope", deliverable="modules",
     state={"storyboard": 2, "modules": 0, "quiz": 0},
     note="Un cinquième module (accueil des personnes en situation de handicap) dépasse les 4 modules vendus ; le module supplémentaire figure à la grille tarifaire. La coquille à corriger serait une révision, mais le hors-périmètre l'emporte.",
     msg=Msg("h031", YANNICK, [CAMILLE], (2026, 11, 23, 9, 3, 47),
             "Module accessibilité", """\
Bonjour Camille,

Nos clients bancaires nous demandent tous la même chose depuis la rentrée : former leurs chargés d'accueil à recevoir des personnes en situation de handicap (malvoyants, malentendants, troubles cognitifs).

Vous pourriez nous faire un cinquième module là-dessus, dans le même esprit que les quatre autres, avec son quiz ? Aurélie a déjà de la matière.

Et au passage, il reste une coquille écran 3 du module 1 : « acceuil ».

Bien cordialement,
Yannick""", cc=[NATHALIE]))

# h032 -------------------------------------------------------------------------
case(id="h032", contract=K, lang="fr", verdict="out_of_scope", state={"storyboard": 2, "modules": 1},
     note="Venir une matinée devant les chargés d'accueil du client final pour lancer le parcours et répondre à leurs questions, c'est animer une session auprès des apprenants : exclusion « Animation des sessions », décrite sans ses mots-clés ; le message cité s'adresse à Forma'Pro.",
     msg=Msg("h032", NATHALIE, [CAMILLE], (2026, 12, 1, 11, 17, 25),
             "TR: Lancement du parcours à Saint-Nazaire", """\
Bonjour Camille,

Je vous transfère la demande du Crédit Atlantique ci-dessous. Ils voudraient que vous veniez vous-même le 12 janvier à Saint-Nazaire, une matinée, devant leurs quatorze chargés d'accueil : présenter le parcours, leur faire faire le premier module ensemble et répondre à leurs questions.

Ce serait possible de votre côté ?

Bien à vous,""", quote=Quote(CLIENT_CA, (2026, 11, 30, 17, 48, 0), to=[NATHALIE], forward=True,
                                 subject="Lancement du parcours à Saint-Nazaire", body="""\
Bonjour Madame Giraud,

Nous avons bien reçu les accès au parcours « Accueil client en agence », merci.

Pour donner envie à nos équipes, nous aimerions que la personne qui a conçu les modules vienne les présenter elle-même à nos chargés d'accueil le 12 janvier au matin, dans notre agence de Saint-Nazaire.

Cordialement,
Martine Guérin
Responsable formation, Crédit Atlantique""")))

# h033 -------------------------------------------------------------------------
case(id="h033", contract=K, lang="fr", verdict="out_of_scope", state={"storyboard": 2, "modules": 0},
     note="Exiger la livraison complète le 25 novembre alors que l'échéance du contrat (deadline) est le 18 décembre est un délai plus court que convenu : hors périmètre.",
     msg=Msg("h033", YANNICK_IPHONE, [CAMILLE], (2026, 11, 9, 19, 21, 33),
             "Calendrier OPCO", """\
Camille, mauvaise nouvelle : l'OPCO veut que le parcours soit ouvert aux stagiaires le 27 novembre, sinon le financement saute pour cette année.

Il nous faudrait donc tout, modules, quiz et guide du formateur, pour le mercredi 25 novembre au lieu du 18 décembre. Je sais que c'est très court. Vous me confirmez demain ?

Yannick""", sig=""))

# h034 -------------------------------------------------------------------------
case(id="h034", contract=K, lang="fr", verdict="unclear", state={"storyboard": 2, "modules": 0, "quiz": 0},
     note="« Adapter le module 3 pour les managers d'agence » peut être une retouche du module livré (révision, le tour de « modules » n'est pas consommé) ou une version distincte pour un autre public, soit un module supplémentaire : la portée ne peut pas être tranchée.",
     msg=Msg("h034", NATHALIE_UTF8, [CAMILLE], (2026, 11, 26, 10, 40, 18),
             "Module 3 et managers", """\
Bonjour Camille,

Lors de la présentation au Crédit Atlantique, leurs directeurs d'agence ont beaucoup aimé le module 3 sur la gestion de l'attente, mais ils trouvent qu'il ne parle pas à eux : ce sont eux qui décident de l'organisation de l'accueil, pas les chargés d'accueil.

Serait-il possible d'adapter le module 3 pour les managers d'agence ? Je ne sais pas encore s'il faut retoucher celui qui existe ou en faire une déclinaison à part, qu'en pensez-vous ?

Bien cordialement,"""))

# h035 -------------------------------------------------------------------------
case(id="h035", contract=K, lang="fr", verdict="not_a_request", state={"storyboard": 2, "modules": 0},
     note="Choix d'un créneau pour la réunion de recette des modules avec la conceptrice : logistique de réunion, aucune demande de travail.",
     msg=Msg("h035", YANNICK, [CAMILLE], (2026, 11, 13, 16, 2, 55),
             "Réunion de recette", """\
Bonjour Camille,

Pour la réunion de recette des modules, Nathalie et moi sommes disponibles mardi 17 à 10 h ou jeudi 19 à 14 h. Dites-nous ce qui vous arrange, je vous enverrai l'invitation Teams dans la foulée.

Une heure devrait suffire.

Yannick""", text_only=True))

# h036 -------------------------------------------------------------------------
case(id="h036", contract=K, lang="fr", verdict="not_a_request",
     state={"storyboard": 2, "modules": 1, "quiz": 0, "guide": 0},
     note="Réponse automatique d'absence : elle cite le guide du formateur et renvoie vers un collègue, mais ne demande aucun travail.",
     msg=Msg("h036", NATHALIE, [CAMILLE], (2026, 11, 27, 15, 2, 3),
             "Réponse automatique : Guide du formateur - V1", """\
Bonjour,

Je suis en congés jusqu'au lundi 7 décembre inclus et ne consulterai pas mes messages.

Pour les inscriptions aux sessions, merci d'écrire à accueil@formapro-ouest.fr. Pour le projet e-learning et la relecture du guide du formateur, vous pouvez joindre Yannick Le Goff (yannick.legoff@formapro-ouest.fr).

Bien cordialement,
Nathalie Giraud""", sig="", text_only=True,
             extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                            "X-MS-Exchange-Inbox-Rules-Loop: nathalie.giraud@formapro-ouest.fr"]))
