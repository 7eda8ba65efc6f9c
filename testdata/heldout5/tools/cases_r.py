"""Contract R: NB Conseil RH x Quantiq SAS (recruitment / HR consulting, French, EUR)."""
from mailgen import Msg, Quote, Attachment
from people import *
import attachments as att

K = "nbconseil-quantiq-recrutement"

Q_FICHES_V1 = Quote(NORA, (2026, 10, 8, 18, 20, 4), to=[VINCENT, AMANDINE],
                    subject="Quantiq — fiches de poste V1", body="""\
Bonjour Vincent, bonjour Amandine,

Voici la première version des deux fiches de poste (développeur back-end senior, développeur front-end confirmé) et des annonces LinkedIn / Welcome to the Jungle qui en découlent.

Deux tours de modifications sont prévus : n'hésitez pas à regrouper vos remarques.

Belle soirée,
Nora

-- 
Nora Belkacem
NB Conseil RH — recrutement tech & RH pour les PME
06 27 41 93 58""")

Q_SHORTLIST_FRONT = Quote(NORA, (2026, 11, 26, 17, 10, 45), to=[VINCENT], cc=[AMANDINE],
                          subject="Shortlist développeur front-end", body="""\
Bonjour Vincent,

Voici la shortlist pour le poste front-end : quatre candidats, avec mes synthèses d'entretien et les résultats des tests techniques.

Mon coup de cœur reste Maxime (React, 6 ans d'expérience, disponible en janvier).

Nora""")

CASES = []


def case(**kw):
    CASES.append(kw)


# h021 -------------------------------------------------------------------------
case(id="h021", contract=K, lang="fr", verdict="in_scope", state={"fiches-poste": 1},
     note="Vincent valide la V2 des fiches de poste et autorise la publication des annonces, ce que couvre « fiches-poste » : feu vert sans changement.",
     msg=Msg("h021", VINCENT, [NORA], (2026, 10, 16, 8, 44, 27),
             "Re: Quantiq — fiches de poste V2", """\
Bonjour Nora,

On a relu la V2 avec Sebastian hier soir : rien à redire, c'est exactement le ton qu'on voulait, on s'y reconnaît.

Tu peux publier les deux annonces sur LinkedIn et Welcome to the Jungle dès que tu es prête. Amandine t'envoie les accès à la page entreprise dans la matinée.

Merci !
Vincent""", cc=[AMANDINE], sig_after_quote=True,
             quote=Quote(NORA, (2026, 10, 14, 17, 2), to=[VINCENT, AMANDINE],
                         subject="Quantiq — fiches de poste V2", body="""\
Bonjour Vincent, bonjour Amandine,

Voici la V2 des fiches de poste, avec la fourchette de salaire, les trois jours de télétravail et la stack reformulée.

Il reste un tour de modifications inclus si besoin.

Nora""")))

# h022 -------------------------------------------------------------------------
case(id="h022", contract=K, lang="fr", verdict="revision", deliverable="fiches-poste",
     state={"fiches-poste": 0},
     note="Première série de changements sur les fiches de poste livrées (fourchette de salaire, télétravail, vocabulaire) ; « fiches-poste » inclut 2 tours et aucun n'est consommé.",
     msg=Msg("h022", AMANDINE, [NORA], (2026, 10, 9, 10, 12, 55),
             "RE: Quantiq — fiches de poste V1", """\
Bonjour Nora,

Merci pour ce premier jet, très lisible. Voici nos retours groupés, pour les deux postes :

– afficher une fourchette de salaire (55 à 62 k€ pour le back, 45 à 52 k€ pour le front) : les candidats la cherchent en premier ;
– préciser « 3 jours de télétravail par semaine » au lieu de « télétravail flexible » ;
– retirer « ninja » et « rockstar », Vincent trouve que ça ne nous ressemble pas.

Bonne journée,
Amandine""", cc=[VINCENT], quote=Q_FICHES_V1))

# h023 -------------------------------------------------------------------------
case(id="h023", contract=K, lang="fr", verdict="revision", deliverable="onboarding",
     state={"fiches-poste": 2, "shortlist": 0, "grille": 0, "onboarding": 0},
     note="Changements demandés sur le livret d'accueil livré (organigramme, déjeuner d'équipe, contact du mentor) ; « onboarding » inclut 1 tour, non consommé.",
     msg=Msg("h023", VINCENT_IPHONE, [NORA], (2026, 12, 4, 19, 26, 30),
             "Re: Livret d'accueil Quantiq", """\
Nora, super boulot, le livret est beau et on apprend même des choses sur nous-mêmes 😄

Quelques ajustements :
- page 3, l'organigramme date un peu : Léa est partie et Karim a rejoint l'équipe data
- dans le planning de la première semaine, le déjeuner d'équipe c'est le vendredi, pas le lundi
- le mentor des nouveaux arrivants sera Sebastian, pas moi

Merci !
Vincent""", quote=Quote(NORA, (2026, 12, 3, 15, 40), to=[VINCENT], cc=[AMANDINE],
                         subject="Livret d'accueil Quantiq", body="""\
Bonjour Vincent,

Voici le livret d'accueil (14 pages) et le planning d'intégration des 30 premiers jours, prêts pour l'arrivée de vos deux recrues.

Un tour de modifications est inclus.

Nora""")))

# h024 -------------------------------------------------------------------------
case(id="h024", contract=K, lang="en", verdict="revision_over_limit", deliverable="grille",
     state={"fiches-poste": 2, "grille": 0},
     note="Change asked on the delivered interview grid (4-point scale, drop the riddle, reword the system-design question); 'grille' includes no revision round (revisions = 0), so this first change is already over the limit.",
     msg=Msg("h024", SEBASTIAN, [NORA], (2026, 10, 22, 18, 33, 21),
             "Re: Interview grid", """\
Hi Nora,

Thanks for the grid, we tried it on a mock interview this afternoon and it mostly works.

A few things I'd like changed before the first real interviews:
- a 1-to-4 scale instead of 1-to-5, people park everyone on 3
- drop the riddle question, it tells us nothing about how someone codes
- the system-design question should mention time-series data, that's our daily bread

Cheers,
Sebastian""", quote=Quote(NORA, (2026, 10, 21, 12, 5), to=[SEBASTIAN], cc=[VINCENT],
                          subject="Interview grid", body="""\
Hi Sebastian,

Attached is the structured interview grid for both roles: questions, criteria and the scoring scale for each step.

Nora""")))

# h025 -------------------------------------------------------------------------
case(id="h025", contract=K, lang="fr", verdict="out_of_scope",
     state={"fiches-poste": 2, "grille": 0},
     note="Préparer et mener les entretiens annuels des salariés actuels est un travail nouveau qu'aucun livrable ne couvre ; « trame d'entretien » ne renvoie pas à la grille d'entretien de recrutement.",
     msg=Msg("h025", AMANDINE_UTF8, [NORA], (2026, 11, 5, 14, 55, 8),
             "Entretiens annuels", """\
Bonjour Nora,

Vincent m’a demandé de vous en parler : nous n’avons jamais fait d’entretiens annuels chez Quantiq, et avec 38 personnes ça devient nécessaire.

Pourriez-vous nous préparer une trame d’entretien annuel et mener vous-même ceux de l’équipe technique en janvier (12 personnes) ? Vous connaissez déjà bien nos métiers grâce aux recrutements.

Bien à vous,
Amandine"""))

# h026 -------------------------------------------------------------------------
case(id="h026", contract=K, lang="fr", verdict="out_of_scope", deliverable="shortlist",
     state={"fiches-poste": 2, "grille": 0},
     note="La shortlist back-end est demandée pour le 13 novembre, plus tôt que le 27 novembre écrit dans la description de « shortlist » : changement des conditions.",
     msg=Msg("h026", VINCENT, [NORA], (2026, 11, 3, 9, 2, 16),
             "Shortlist back-end", """\
Salut Nora,

Petit changement de calendrier de notre côté : on signe notre levée de fonds mi-novembre et les investisseurs veulent voir que le recrutement avance.

Est-ce que tu pourrais nous remettre la shortlist back-end pour le vendredi 13 novembre au lieu du 27 ? Même trois profils, ça nous irait.

Merci d'avance,
Vincent"""))

# h027 -------------------------------------------------------------------------
case(id="h027", contract=K, lang="fr", verdict="out_of_scope", deliverable="shortlist",
     state={"fiches-poste": 2, "shortlist": 0, "grille": 0},
     note="Un troisième poste (data engineer) dépasse les 2 postes vendus (quantity = 2 sur « shortlist ») ; le poste supplémentaire figure à la grille tarifaire.",
     msg=Msg("h027", VINCENT, [NORA], (2026, 11, 12, 21, 40, 3),
             "Un poste de plus", """\
Nora,

Bonne nouvelle : la levée est signée ! Du coup on voudrait ouvrir un troisième poste dans la foulée, un·e data engineer pour industrialiser nos modèles de prévision de consommation.

Tu peux l'ajouter à ta recherche en cours ? Idéalement avec une shortlist en même temps que celle du back-end.

Vincent""", text_only=True))

# h028 -------------------------------------------------------------------------
case(id="h028", contract=K, lang="fr", verdict="unclear",
     state={"fiches-poste": 2, "shortlist": 0, "grille": 0},
     note="« Reprendre le sujet front » après le refus du candidat peut vouloir dire compléter ou retravailler la shortlist front déjà remise (révision, un tour restant sur « shortlist ») ou relancer un recrutement complet avec nouveau sourcing (travail nouveau) : portée indéterminable.",
     msg=Msg("h028", VINCENT_IPHONE, [NORA], (2026, 12, 2, 12, 48, 37),
             "Re: Shortlist développeur front-end", """\
Nora, mauvaise nouvelle : Maxime a refusé notre offre ce matin, il a eu une contre-proposition de son employeur.

On fait quoi pour le poste front ? Tu peux reprendre le sujet ? Dis-moi comment tu vois les choses.

Vincent""", quote=Q_SHORTLIST_FRONT))

# h029 -------------------------------------------------------------------------
case(id="h029", contract=K, lang="fr", verdict="not_a_request",
     state={"fiches-poste": 2, "shortlist": 1, "grille": 0, "onboarding": 0},
     note="Réponse automatique d'absence ; elle cite le livret d'accueil et invite à contacter Vincent, sans demander de travail.",
     msg=Msg("h029", AMANDINE, [NORA], (2026, 12, 7, 8, 0, 41),
             "Réponse automatique : Livret d'accueil Quantiq", """\
Bonjour,

Je suis en congé jusqu’au lundi 14 décembre inclus.

Pour le livret d’accueil et l’arrivée des nouveaux collaborateurs, vous pouvez joindre Vincent Lemaire (vincent.lemaire@quantiq.fr). Pour les questions administratives urgentes, merci d’écrire à admin@quantiq.fr.

Cordialement,
Amandine Roy""", sig="", text_only=True,
             extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]))

# h030 -------------------------------------------------------------------------
case(id="h030", contract=K, lang="fr", verdict="not_a_request",
     state={"fiches-poste": 2, "grille": 0},
     note="Organisation de la réunion de restitution de la shortlist (date, salle, accès) : logistique de réunion avec la consultante, aucune demande de travail.",
     msg=Msg("h030", VINCENT, [NORA], (2026, 11, 24, 11, 18, 50),
             "Restitution shortlists", """\
Bonjour Nora,

Pour la restitution des deux shortlists, je te propose lundi 30 novembre à 9 h 30 dans nos locaux, salle « Watt » au 2e étage. Sebastian sera là aussi.

Le digicode de la porte est 4817B ; si tu viens en voiture, il y a des places visiteurs au niveau -1.

À lundi,
Vincent""", cc=[SEBASTIAN]))
