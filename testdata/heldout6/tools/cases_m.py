"""Contract M: KB Data Conseil x Cabinet Roussel & Associés (automatisation Excel, French, EUR)."""
from mailgen import Msg, Quote
from people import *

K = "kbdata-roussel-automatisation"

Q_BANQUE = Quote(KARIM, (2027, 2, 1, 17, 44, 8), to=[LUCAS], cc=[ISABELLE],
                 subject="Classeur rapprochement bancaire - V1", body="""\
Bonjour Lucas,

Voici la V1 du classeur d'import et de rapprochement bancaire (fichier .xlsm joint, macros signées). Il lit les relevés CSV du Crédit Mutuel et de la BNP et propose les lettrages automatiques.

Deux tours de modifications sont inclus sur les classeurs. Vous m'aviez parlé d'un branchement direct sur Cegid : ce n'est pas dans le périmètre, mais on peut en reparler.

Karim""")

Q_TDB = Quote(KARIM, (2027, 2, 17, 9, 30), to=[ISABELLE], cc=[LUCAS],
              subject="Tableau de bord de production - première version", body="""\
Bonjour Isabelle,

Le tableau de bord est en ligne sur le serveur (Pilotage\\TDB_production.xlsx) : avancement des dossiers par collaborateur, échéances fiscales du mois et heures passées par mission, actualisables en un clic.

Un tour de modifications est prévu sur le tableau de bord.

Karim""")

CASES = []


def case(**kw):
    CASES.append(kw)


# m001 -------------------------------------------------------------------------
case(id="m001", contract=K, lang="fr", verdict="in_scope", state={},
     note="Isabelle valide la maquette du classeur des acomptes d'IS et donne le feu vert pour la version complète, avec des fichiers d'exemple : feu vert et apport du client sur un livrable prévu.",
     msg=Msg("m001", ISABELLE, [KARIM], (2027, 1, 22, 12, 4, 37), "Acomptes IS - feu vert", """\
Bonjour Karim,

Nous avons regardé la maquette du classeur des acomptes d'IS avec Lucas : la logique nous convient parfaitement, vous pouvez lancer la version complète.

Vous trouverez dans le dossier partagé trois liasses anonymisées de l'an dernier (une SARL, une SAS, une SCI à l'IS) pour vos tests.

Bien cordialement,"""))

# m002 -------------------------------------------------------------------------
case(id="m002", contract=K, lang="fr", verdict="revision", deliverable="classeurs", state={"classeurs": 0},
     note="Premiers retours sur le classeur de rapprochement bancaire livré (format des dates, colonne libellé, tri) ; les classeurs incluent 2 tours et aucun n'est consommé, même si le mot « modification » n'apparaît pas.",
     msg=Msg("m002", LUCAS, [KARIM], (2027, 2, 3, 16, 25, 51), "Re: Classeur rapprochement bancaire - V1", """\
Bonjour Karim,

J'ai passé le classeur sur les relevés de janvier de trois clients, ça tourne bien. Quelques remarques :

- les dates de la BNP ressortent au format américain (02/01 devient le 1er février) ;
- la colonne « libellé » mélange le libellé et la référence, il faudrait les séparer en deux colonnes ;
- le résultat devrait être trié par journal puis par date, pas par montant.

Pour le reste, les collaborateurs sont ravis de ne plus pointer à la main.

Lucas""", quote=Q_BANQUE))

# m003 -------------------------------------------------------------------------
case(id="m003", contract=K, lang="fr", verdict="revision_over_limit", deliverable="classeurs",
     state={"classeurs": 2, "tableau-bord": 0},
     note="Demande de changer les couleurs d'alerte et de renommer les onglets du classeur des relances alors que les 2 tours inclus sur les classeurs sont consommés ; l'agacement ne change rien au verdict.",
     msg=Msg("m003", ISABELLE_GMAIL, [KARIM], (2027, 2, 24, 20, 3, 15), "Relances pièces manquantes - encore", """\
Karim,

Je reviens vers vous sur le classeur des relances de pièces manquantes. Les collaborateurs s'y perdent : le rouge et l'orange des alertes se ressemblent trop à l'écran, et les onglets « Rel1 », « Rel2 », « Rel3 » ne parlent à personne.

Pouvez-vous mettre les alertes en rouge vif / jaune et renommer les onglets « 1re relance », « 2e relance », « Mise en demeure » ? C'est quand même dommage de devoir le redemander.

Isabelle""", cc=[LUCAS]))

# m004 -------------------------------------------------------------------------
case(id="m004", contract=K, lang="fr", verdict="revision_over_limit", deliverable="formation",
     state={"classeurs": 2, "tableau-bord": 1, "formation": 0},
     note="Demande de refaire le support de formation (captures, taille de police) ; la formation n'inclut aucun tour de modifications, donc la première demande dépasse déjà la limite.",
     msg=Msg("m004", LUCAS_OUTLOOK, [KARIM], (2027, 3, 10, 9, 14, 2), "RE: Support de la formation du 9 mars", """\
Bonjour Karim,

Merci encore pour la session d'hier, très appréciée.

Petit souci avec le support PDF : les captures d'écran sont faites sur Excel en anglais, alors que tout le cabinet est en français, ce qui perd les plus anciens. Serait-il possible de refaire les captures sur une version française et de grossir la police des encadrés « astuce » avant la deuxième session du 16 ?

Bonne journée,""", quote=Quote(KARIM, (2027, 3, 9, 18, 2), to=[LUCAS, ISABELLE], subject="Support de la formation du 9 mars", body="""\
Bonjour à tous,

Comme promis, voici le support de la formation de ce matin (PDF, 22 pages). Rendez-vous le 16 mars pour la seconde demi-journée.

Karim""")))

# m005 -------------------------------------------------------------------------
case(id="m005", contract=K, lang="fr", verdict="out_of_scope", state={"classeurs": 1},
     note="Générer automatiquement les lettres de mission des clients par publipostage Word est un travail nouveau qu'aucun livrable (classeurs, tableau de bord, formation) ne couvre ; « pendant que vous y êtes » ne change rien.",
     msg=Msg("m005", ISABELLE_IPHONE, [KARIM], (2027, 2, 10, 18, 40, 29), "Lettres de mission", """\
Karim,

Pendant que vous y êtes dans nos fichiers : chaque année on refait à la main nos 240 lettres de mission, en recopiant l'adresse, le forfait et la date de clôture de chaque client depuis Excel vers Word.

Vous pourriez nous monter un petit système qui les génère toutes d'un coup à partir de notre liste clients ? Ce serait un gain de temps énorme en avril.

Isabelle"""))

# m006 -------------------------------------------------------------------------
case(id="m006", contract=K, lang="fr", verdict="out_of_scope", deliverable="classeurs", state={"classeurs": 1},
     note="Un quatrième classeur (suivi des immobilisations et amortissements) dépasse les 3 classeurs vendus ; le classeur supplémentaire figure à la grille tarifaire. La question sur la date de livraison des classeurs prévus est, elle, dans le périmètre.",
     msg=Msg("m006", LUCAS_OUTLOOK, [KARIM], (2027, 2, 12, 11, 2, 45), "Classeurs - planning et une demande", """\
Bonjour Karim,

Deux choses :

1. Le classeur des relances sera-t-il bien livré avec les autres avant le 26 février ?
2. On aimerait un quatrième classeur sur le même principe pour le suivi des immobilisations : tableau des acquisitions, calcul des dotations linéaires et dégressives, export vers l'écriture d'OD.

Merci d'avance,"""))

# m007 -------------------------------------------------------------------------
case(id="m007", contract=K, lang="fr", verdict="unclear", deliverable="tableau-bord", state={"classeurs": 2, "tableau-bord": 0},
     note="« Ajouter le suivi de la TVA » au tableau de bord peut être une simple colonne sur les échéances déjà prévues (modification, un tour restant) ou un nouveau module de contrôle des déclarations avec d'autres sources de données (hors périmètre) ; le message ne permet pas de trancher.",
     msg=Msg("m007", ISABELLE_GMAIL, [KARIM], (2027, 2, 18, 8, 12, 50), "Re: Tableau de bord de production - première version", """\
Bonjour Karim,

Première impression très positive, Lucas l'a déjà montré à toute l'équipe.

Est-ce qu'on pourrait ajouter le suivi de la TVA dans le tableau de bord ? C'est le sujet qui nous fait le plus peur chaque mois.

Merci,
Isabelle""", cc=[LUCAS], quote=Q_TDB, text_only=True))

# m008 -------------------------------------------------------------------------
case(id="m008", contract=K, lang="fr", verdict="not_a_request", state={"classeurs": 2, "tableau-bord": 1},
     note="Logistique de la formation prévue (salle, horaire, parking, vidéoprojecteur) : organisation de réunion, aucune demande de travail.",
     msg=Msg("m008", SECRETARIAT, [KARIM], (2027, 3, 5, 15, 20, 11), "Formation du 9 mars – infos pratiques", """\
Bonjour Monsieur Belkacem,

Pour la formation de mardi 9 mars, nous vous avons réservé la salle Erdre au 2e étage, disponible dès 8 h 30 ; la session pourra commencer à 9 h comme prévu.

Une place de parking est à votre nom au sous-sol (niveau -1, place 14). Le vidéoprojecteur accepte le HDMI ; si vous avez besoin d’un adaptateur USB-C, dites-le-moi.

Bien cordialement,""", cc=[ISABELLE]))
