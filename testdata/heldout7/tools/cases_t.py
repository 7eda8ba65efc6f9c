"""Contract T: Atelier Vuillemin Modélisme x Orée Atelier (patronage et gradation pour une marque de
prêt-à-porter, French contract, CHF; one co-founder writes in English)."""
from mailgen import Msg, Quote
from people import *

K = "vuillemin-oree-modelisme"

Q_TOILE_MANTEAU = Quote(LEA, (2027, 2, 2, 17, 20, 44), to=[CAMILLE], subject="Essayage toile manteau - compte rendu",
                        body="""\
Bonjour Camille,

Comme convenu, voici le compte rendu de l'essayage de la toile du manteau croisé de ce matin (photos dans le dossier partagé). De mon côté, j'ai noté une aisance dos un peu juste. Dites-moi ce que vous souhaitez faire évoluer et je reprends le patron.

Pour rappel, deux tours de retouches sont prévus sur les patrons.

Belle soirée,
Léa""")

Q_GRADATION = Quote(LEA, (2027, 3, 15, 18, 2, 10), to=[YVES_1252], cc=[CAMILLE],
                    subject="Gradation AH27 - quatre modèles", body="""\
Bonjour Yves,

Vous trouverez en pièce jointe la gradation des quatre modèles du 34 au 44 (DXF, et PDF des nids de gradation), avec le barème utilisé.

Un tour de retouches est prévu sur la gradation.

Cordialement,
Léa Vuillemin""")

Q_ROBE = Quote(LEA, (2027, 3, 1, 16, 45, 3), to=[CAMILLE], subject="Robe portefeuille - patron mis à jour",
               body="""\
Bonjour Camille,

Voici le patron de la robe portefeuille mis à jour après le deuxième essayage : décolleté remonté de 1,5 cm et ceinture rallongée de 10 cm. La nouvelle toile est prête à l'atelier.

Léa""")

Q_BLOUSE = Quote(LEA, (2027, 2, 11, 12, 8, 30), to=[CAMILLE], subject="Blouse lavallière - patron et toile",
                 body="""\
Bonjour Camille,

Le patron de la blouse à lavallière en 38 est dans le dossier partagé (DXF et PDF), et la toile vous attend à l'atelier. Vous pouvez passer la prendre quand vous voulez.

Léa""")

Q_RDV = Quote(LEA, (2027, 2, 8, 19, 3, 0), to=[CAMILLE], subject="Essayage toile robe",
              body="""\
Bonjour Camille,

La toile de la robe portefeuille est prête. Je vous propose jeudi matin pour l'essayage, chez vous au showroom ?

Léa""")

Q_RUI = Quote(ATELIER_PORTO, (2027, 3, 29, 16, 12, 0), to=[YVES], subject="Dossiers techniques Orée AH27",
              forward=True, body="""\
Bonjour Yves,

Nous avons étudié les quatre dossiers techniques. Quelques points avant de lancer les échantillons :

1. Manteau : dans la gamme de montage, la doublure doit être montée avant les manches, pas après.
2. Tous les modèles : merci d'indiquer les valeurs de couture dans les tableaux de mesures.
3. Manteau : la nomenclature indique 6 boutons, mais le dessin à plat en montre 8.
4. Blouse : préciser le point utilisé pour la lavallière (point invisible ou surpiqûre ?).

Cordialement,
Rui Carvalho
Confecções Douro, Lda - Porto""")

CASES = []


def case(**kw):
    CASES.append(kw)


# t001 -------------------------------------------------------------------------
case(id="t001", contract=K, lang="fr", verdict="in_scope", state={},
     note="Camille fournit croquis, mesures du mannequin cabine et références de tissus pour les patrons, et demande quand la toile du manteau sera prête : apport du client et question de délai sur un livrable prévu.",
     msg=Msg("t001", CAMILLE, [LEA], (2027, 1, 14, 9, 52, 18), "Croquis AH27 + mesures d'Inès", """\
Bonjour Léa,

Ravie qu'on démarre ensemble !

Tu trouveras dans le dossier partagé « OREE_AH27_patronage » :
- les croquis et les fiches de style des quatre modèles, avec mes annotations sur les volumes ;
- les mesures d'Inès, notre mannequin cabine (elle fait un 38 parfait) ;
- les références des tissus retenus : drap de laine pour le manteau, crêpe de viscose pour la robe et la blouse, laine froide pour le pantalon.

Tu penses pouvoir nous montrer la toile du manteau vers quelle date ? J'aimerais caler l'essayage avec Inès.

Belle journée,
Camille"""))

# t002 -------------------------------------------------------------------------
case(id="t002", contract=K, lang="fr", verdict="in_scope", state={"patrons": 2, "gradation": 1},
     note="Yves demande l'envoi des fichiers DXF et PDF du pantalon gradé pour l'atelier de coupe : ce sont les fichiers prévus au contrat ; la coupe des échantillons est faite par l'atelier, pas par la modéliste.",
     msg=Msg("t002", YVES, [LEA], (2027, 3, 22, 8, 36, 5), "Fichiers DXF pantalon gradé", """\
Bonjour Léa,

L'atelier de Porto commence la coupe des échantillons de taille la semaine prochaine.

Pourriez-vous m'envoyer les fichiers DXF du pantalon large gradé (du 34 au 44), ainsi que le PDF à l'échelle 1 pour contrôle ? Je les transmettrai directement à Rui.

Merci d'avance et bonne journée,"""))

# t003 -------------------------------------------------------------------------
case(id="t003", contract=K, lang="fr", verdict="revision", deliverable="patrons", state={"patrons": 0},
     note="Après l'essayage de la toile, Camille demande de reprendre le patron du manteau (croisement, dos, manche, longueur) : premier tour de retouches sur les patrons, qui en comptent 2.",
     msg=Msg("t003", CAMILLE, [LEA], (2027, 2, 3, 10, 15, 37), "Re: Essayage toile manteau - compte rendu", """\
Bonjour Léa,

Merci pour le compte rendu et les photos, la toile tombe déjà très bien.

Après en avoir parlé avec Hannah, voici ce qu'on aimerait faire évoluer sur le manteau :
- descendre le croisement d'environ 2 cm, il remonte trop haut sur la poitrine ;
- donner plus d'aisance au dos comme tu le suggérais, Inès avait du mal à croiser les bras ;
- la manche : un peu plus d'ampleur au coude ;
- raccourcir la longueur totale de 4 cm, il doit arriver juste sous le genou.

Le col est parfait tel quel.

Camille""", quote=Q_TOILE_MANTEAU, sig_after_quote=True))

# t004 -------------------------------------------------------------------------
case(id="t004", contract=K, lang="fr", verdict="revision", deliverable="gradation", state={"patrons": 2, "gradation": 0},
     note="Remarques sur la gradation livrée (emmanchure de la blouse en 44, barème des hanches du pantalon) : premier tour sur la gradation, qui en inclut un.",
     msg=Msg("t004", YVES_1252, [LEA], (2027, 3, 17, 14, 3, 29), "RE: Gradation AH27 - quatre modèles", """\
Bonjour Léa,

Merci pour l’envoi. Nous avons fait contrôler les nids par l’atelier, deux remarques :
– blouse : en 44, l’emmanchure est trop serrée, il faudrait l’ouvrir d’environ 1 cm ;
– pantalon : l’écart de tour de hanches entre le 40 et le 42 paraît faible par rapport aux autres tailles, pouvez-vous reprendre le barème sur ce passage ?

Le manteau et la robe sont validés.

Cordialement,""", cc=[CAMILLE], quote=Q_GRADATION))

# t005 -------------------------------------------------------------------------
case(id="t005", contract=K, lang="fr", verdict="revision_over_limit", deliverable="patrons", state={"patrons": 2},
     note="Nouvelles retouches sur le patron de la robe (point de croisement, largeur de ceinture) alors que les 2 tours prévus sur les patrons sont consommés ; « les derniers détails » ne change rien.",
     msg=Msg("t005", CAMILLE_IPHONE, [LEA], (2027, 3, 3, 8, 2, 51), "Re: Robe portefeuille - patron mis à jour", """\
Coucou Léa,

On a refait passer la robe à Inès hier soir avec Hannah… on y est presque !! Par contre le décolleté baille encore quand elle se penche. On pourrait remonter un peu le point de croisement ? Et la ceinture, on la verrait 1 cm plus large, pour qu'elle tienne mieux le nœud.

C'est vraiment les derniers détails, promis 🙏

Camille""", quote=Q_ROBE, bom=True))

# t006 -------------------------------------------------------------------------
case(id="t006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="dossiers",
     state={"patrons": 2, "gradation": 1, "dossiers": 0},
     note="Yves transfère les remarques de l'atelier de confection et demande de les intégrer aux dossiers techniques livrés : modifications d'un livrable qui n'inclut aucun tour de retouches.",
     msg=Msg("t006", YVES, [LEA], (2027, 3, 30, 9, 21, 14), "TR: Dossiers techniques Orée AH27", """\
Bonjour Léa,

Ci-dessous les remarques de l'atelier de Porto après lecture des dossiers techniques. Pouvez-vous les intégrer et nous renvoyer les dossiers corrigés d'ici la fin de la semaine prochaine ? Rui souhaite les avoir avant de lancer les échantillons.

Merci,""", quote=Q_RUI))

# t007 -------------------------------------------------------------------------
case(id="t007", contract=K, lang="fr", verdict="out_of_scope", state={"patrons": 1},
     note="Après les nouvelles du salon, Camille demande de monter le manteau et la robe dans les vrais tissus pour le shooting : coudre des pièces dans le tissu définitif relève de l'exclusion « Confection et production », décrite sans ses mots.",
     msg=Msg("t007", CAMILLE, [LEA], (2027, 2, 24, 18, 30, 2), "Retour du salon + une question", """\
Salut Léa,

On rentre de Paris sur un petit nuage : le stand a super bien marché, deux acheteuses de Zurich et une boutique de Lyon veulent voir la collection en vrai dès qu'elle est prête. Et tout le monde nous a demandé qui faisait nos coupes, j'ai donné ton nom ;)

Du coup, une question : le shooting du lookbook est calé le 8 mars et l'atelier de Porto ne pourra rien nous livrer avant avril. Est-ce que tu pourrais nous monter le manteau et la robe dans les vrais tissus, en 38, pour qu'Inès puisse les porter à la prise de vue ? On te fournit tout le métrage et les boutons.

Dis-moi ce que tu en penses !
Camille"""))

# t008 -------------------------------------------------------------------------
case(id="t008", contract=K, lang="fr", verdict="out_of_scope", deliverable="patrons", state={"patrons": 1},
     note="Le patron d'un gilet sans manches ajouté à la collection serait un cinquième modèle alors que le contrat en prévoit quatre, même présenté comme un service rapide.",
     msg=Msg("t008", CAMILLE_IPHONE, [LEA], (2027, 2, 16, 21, 47, 9), "Petit gilet", """\
Léa, petite question en passant :

On a rajouté un gilet sans manches à la collection la semaine dernière (croquis dans le dossier partagé). Il est hyper simple : pas de col, deux poches plaquées, quasiment un rectangle avec des emmanchures 😅

Tu pourrais nous en faire le patron vite fait en même temps que le pantalon ? Ça t'ajouterait quoi, une heure ?

Merci ma belle
Camille"""))

# t009 -------------------------------------------------------------------------
case(id="t009", contract=K, lang="en", verdict="out_of_scope", deliverable="gradation", state={"patrons": 1},
     note="Hannah asks for the graded patterns by 5 March instead of the 19 March written in the grading deliverable: an earlier deadline than agreed, however politely asked.",
     msg=Msg("t009", HANNAH, [LEA], (2027, 2, 22, 13, 10, 26), "Grading - a new date from Porto", """\
Hi Léa,

Hannah here (I look after the business side of Orée with Camille; we met briefly at the first fitting).

Our factory in Porto has just offered us an earlier production slot, which would let us deliver to our stockists three weeks sooner. The catch is that they need the graded patterns for all four pieces by 5 March instead of the 19th.

Would that be possible? I'm happy to talk it through on the phone if that's easier. It would make a real difference to our first season.

Thanks so much,
Hannah""", cc=[CAMILLE]))

# t010 -------------------------------------------------------------------------
case(id="t010", contract=K, lang="fr", verdict="unclear", deliverable="patrons", state={"patrons": 1},
     note="Passer les manches de la blouse en manches longues serait une retouche du patron livré (révision, des tours restent), mais garder « les deux » ajouterait une variante de manche, du travail nouveau ; Camille n'a pas tranché.",
     msg=Msg("t010", CAMILLE, [LEA], (2027, 2, 12, 15, 41, 0), "Re: Blouse lavallière - patron et toile", """\
Hello Léa,

Merci, la toile est très jolie, la lavallière tombe pile comme je l'imaginais.

Par contre, on se pose une question avec Hannah sur les manches : on les a dessinées trois-quarts, mais pour l'hiver on se demande si des manches longues avec un poignet ne seraient pas plus logiques. Ou alors les deux, on n'a pas encore tranché.

Tu pourrais regarder ça ?

Camille""", quote=Q_BLOUSE))

# t011 -------------------------------------------------------------------------
case(id="t011", contract=K, lang="fr", verdict="out_of_scope", state={"patrons": 2, "gradation": 1},
     note="Outre une question sur la date des autres dossiers techniques (couverte), Yves demande de trouver une doublure équivalente et de la commander : c'est l'exclusion « Sourcing tissus et fournitures », la demande la plus grave l'emporte.",
     msg=Msg("t011", YVES_1252, [LEA], (2027, 3, 26, 11, 4, 47), "Dossier technique pantalon + doublure", """\
Bonjour Léa,

Bien reçu le dossier technique du pantalon, il est très clair, l’atelier n’a aucune question.

Deux autres points :
– quand pensez-vous pouvoir nous envoyer ceux du manteau, de la robe et de la blouse ?
– notre fournisseur vient de nous annoncer une rupture sur la doublure en viscose bordeaux du manteau. Vous qui connaissez bien les tisseurs italiens, pourriez-vous nous en dénicher une équivalente disponible rapidement et passer la commande pour nous (environ 120 mètres) ? Nous vous rembourserons bien sûr les frais.

Merci d’avance,"""))

# t012 -------------------------------------------------------------------------
case(id="t012", contract=K, lang="fr", verdict="not_a_request", state={"patrons": 1},
     note="Camille accepte le créneau d'essayage proposé et donne les informations pratiques (horaires, code, stationnement) : logistique de rendez-vous, aucune demande de travail.",
     msg=Msg("t012", CAMILLE, [LEA], (2027, 2, 9, 8, 27, 45), "Re: Essayage toile robe", """\
Hello Léa,

Jeudi matin, c'est parfait. Quelques infos pratiques :
- on sera au showroom dès 9 h, Inès arrive vers 9 h 30 ;
- le code de la porte d'entrée est le 4821B, puis 2e étage à gauche ;
- tu peux te garer dans la cour, la place n° 3 est libre ce jour-là.

Hannah nous rejoindra pour le café. À jeudi !
Camille""", quote=Q_RDV))
