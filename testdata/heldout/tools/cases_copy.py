"""Juliette Caradec – Rédaction x Brasserie du Pertuis (contract caradec-pertuis-redaction).

Timeline: site pages and the eight beer sheets due 12 March 2027; one blog article at the
end of February, March, April and May; reopening newsletter due 2 April; deadline 31 May.
Gaëlle tutoie Juliette, Yann la vouvoie.
"""
K = "caradec-pertuis-redaction"

CASES = [
    dict(
        key="cp-infos-fiches", contract=K, lang="fr", style="gmail", sender="gaelle",
        when="2027-02-08 10:42", subject="Infos pour les fiches bières",
        body="""
Bonjour Juliette,

Comme promis, voici de quoi nourrir les fiches. Yann a tout relu ce week-end :

- Marée Haute : IPA, 6,2 %, Citra et Mosaic, « notre best-seller, à boire frais sur le port »
- Pertuis Blonde : 5 %, houblon Strisselspalt, la toute première bière de la maison (2012)
- Fort Boyard Ambrée : 5,8 %, malts caramel, parfaite avec des moules-frites
- Île de Ré Blanche : 4,5 %, coriandre, écorces d'orange et une pincée de sel de Ré
- Chef de Baie : triple, 8,5 %, à servir autour de 8 °C
- Brume Stout : 6,5 %, avec le café de la torréfaction Moka, rue Saint-Nicolas
- Corniche Session : 3,9 %, notre bière la plus légère
- Saison des Marais : 5,5 %, levure saison, notes poivrées

Les photos des étiquettes sont dans le dossier partagé, si ça peut t'aider à trouver le ton de chaque bière.

Belle journée,
""",
        verdict="in_scope",
        note="Gaëlle fournit les informations des huit bières de la gamme permanente pour les fiches prévues au contrat : apport du client pour un travail couvert (« fiches »). Les « photos des étiquettes » ne sont qu'une source, aucune étiquette n'est demandée.",
    ),
    dict(
        key="cp-article-mars-quand", contract=K, lang="fr", style="webmail", sender="yann_orange",
        charset="iso-8859-1", cte="quoted-printable",
        when="2027-03-24 07:58", subject="article de mars",
        state={"pages": 0, "fiches": 0, "articles": 0},
        body="""
Bonjour Juliette,

Je me permets de vous relancer pour l'article de mars sur la fermentation (celui avec l'histoire des cuves ouvertes). Il arrivera bien d'ici la fin du mois comme prévu ? On aimerait le publier le 1er avril, et ce n'est pas une blague.

Cordialement
""",
        verdict="in_scope",
        note="Question sur la livraison de l'article de mars, couvert par « articles » (un article fin mars) ; la date souhaitée correspond au contrat : in_scope.",
    ),
    dict(
        key="cp-pages-retours-1", contract=K, lang="fr", style="gmail", sender="gaelle",
        when="2027-03-15 09:20", subject="Re: Textes du site – version 1",
        state={"pages": 0, "fiches": 0, "articles": 0},
        body="""
Salut Juliette,

On a lu les cinq pages à voix haute avec Yann samedi soir après la fermeture, c'est le meilleur test ! Globalement on adore. Nos retours :

Accueil : la phrase d'accroche fait un peu trop « start-up », on voudrait quelque chose qui sente davantage l'iode et le terroir.
Notre histoire : ce n'est pas le grand-père de Yann mais son oncle Loïc qui brassait dans son garage. Et le premier brassin date de 2012, pas de 2011.
Visites et dégustations : peux-tu préciser que les chiens sont les bienvenus en terrasse ?
Où nous trouver : rien à redire.

Merci !!
Gaëlle
""",
        quote=dict(when="2027-03-12 18:40", body="""
Bonjour Gaëlle, bonjour Yann,

Voici les textes des cinq pages et les huit fiches bières, dans le document partagé. Deux tours de modifications sont prévus sur les pages, un sur les fiches.

Bonne soirée,
Juliette
"""),
        verdict="revision", deliverable="pages",
        note="Premier ensemble de retours sur les textes des pages livrés (ton de l'accroche, corrections factuelles, une précision) ; « pages » inclut 2 tours, aucun consommé.",
    ),
    dict(
        key="cp-fiches-ben", contract=K, lang="en", style="apple", sender="ben",
        when="2027-03-16 14:05", subject="Re: Textes du site et fiches bières",
        cc=["gaelle"],
        state={"pages": 0, "fiches": 0},
        body="""
Hi Juliette,

Gaëlle asked me to look over the beer sheets from the brewing side. Sorry, my French is good enough to read but not to write, so English it is.

- Marée Haute: I'd lead with grapefruit and pine rather than mango. It's a West Coast style, not a juicy one.
- Chef de Baie: worth saying it keeps well in a cellar for a couple of years.
- Brume Stout: please drop "bitter" in the first line, people read it as a flaw.

The other five are spot on.

Cheers,
Ben
""",
        quote=dict(when="2027-03-12 18:40", lang="en-gb", sig=False, body="""
Bonjour Gaëlle, bonjour Yann,

Voici les textes des cinq pages et les huit fiches bières, dans le document partagé. Deux tours de modifications sont prévus sur les pages, un sur les fiches.

Bonne soirée,
Juliette
"""),
        verdict="revision", deliverable="fiches",
        note="Le brasseur, en anglais, demande des changements sur trois fiches bières livrées (notes aromatiques, une mention, un mot à retirer) : premier tour sur « fiches », qui en inclut 1.",
    ),
    dict(
        key="cp-pages-over", contract=K, lang="fr", style="outlook", sender="yann",
        charset="windows-1252", cte="quoted-printable",
        when="2027-04-07 08:12", subject="RE: Textes du site – version finale",
        state={"pages": 2, "fiches": 1, "articles": 1, "newsletter": 0},
        body="""
Bonjour Juliette,

Désolé, mais il faut encore reprendre la page Visites et dégustations. Nous avons changé les horaires de la salle (jeudi et vendredi 17 h – 23 h, samedi 11 h – 23 h) et nous arrêtons le food truck du samedi, donc tout le paragraphe sur le « samedi gourmand » est à enlever. Et tant qu’on y est, la dernière phrase de la page d’accueil est toujours trop longue, c’est toujours la même histoire avec cette phrase.

Merci de me renvoyer ça rapidement, l’agence met le site en ligne lundi.

Cordialement,
""",
        quote=dict(when="2027-03-26 17:15", to="Yann Le Goff <yann.le-goff@brasseriedupertuis.fr>",
                   cc="Gaëlle Fournier <gaelle.fournier@brasseriedupertuis.fr>",
                   subject="Textes du site – version finale", body="""
Bonjour Yann,

Voici la version finale des textes après votre deuxième série de retours. Les deux tours de modifications prévus au contrat sur les pages sont maintenant utilisés.

Bien à vous,
Juliette
"""),
        verdict="revision_over_limit", deliverable="pages",
        note="Nouvelles modifications sur deux pages livrées (horaires, paragraphe à supprimer, phrase trop longue) alors que les 2 tours inclus sur « pages » sont consommés. Le changement d'horaires vient du client mais reste une modification ; la mise en ligne est faite par l'agence, pas demandée à la rédactrice ; le ton (« toujours ») ne compte pas.",
    ),
    dict(
        key="cp-newsletter-objet", contract=K, lang="fr", style="iphone", sender="gaelle",
        when="2027-03-31 19:47", subject="Re: Newsletter réouverture",
        state={"pages": 1, "fiches": 1, "articles": 0, "newsletter": 0},
        body="""
Juliette, on peut changer l’objet de la newsletter ? « La salle de dégustation rouvre » c’est un peu plat, j’aurais aimé un jeu de mots sur la marée. Et ajoute une phrase sur l’apéro-concert du jeudi si tu peux, les gens adorent.

Bises
G.
""",
        quote=dict(when="2027-03-30 17:12", body="""
Bonjour Gaëlle,

Voici la newsletter de réouverture : objet, pré-en-tête et texte, prête à être collée dans Brevo.

Bonne soirée,
Juliette
"""),
        verdict="revision_over_limit", deliverable="newsletter",
        note="Changement d'objet et ajout d'une phrase dans la newsletter livrée, qui n'inclut aucun tour de modifications (revisions = 0) : hors forfait dès la première demande.",
    ),
    dict(
        key="cp-cinquieme-article", contract=K, lang="fr", style="gmail", sender="gaelle",
        when="2027-04-20 11:33", subject="Re: Article d'avril – accords bière et fromage",
        state={"pages": 2, "fiches": 1, "articles": 1, "newsletter": 0},
        body="""
Salut Juliette,

L'article sur les accords bière et fromage cartonne, la fromagerie du marché l'a même partagé !

Du coup on se disait qu'un cinquième article, sur le festival Pertuis en Fête du 19 juin, serait parfait pour faire monter la sauce avant l'événement. Tu pourrais nous l'écrire pour début juin ? Je t'envoie le programme dès qu'on l'a.

Gaëlle
""",
        quote=dict(when="2027-04-16 10:02", body="""
Bonjour Gaëlle,

Voici l'article d'avril, « Bière et fromage : six accords qui changent tout », avec son chapô et sa méta-description.

Belle journée,
Juliette
"""),
        verdict="out_of_scope", deliverable="articles",
        note="Un cinquième article de blog alors que le contrat en prévoit quatre (« articles », quantité 4), à livrer de surcroît après l'échéance du 31 mai : tarif « Article de blog supplémentaire ».",
    ),
    dict(
        key="cp-dos-canette", contract=K, lang="fr", style="outlook", sender="yann",
        charset="iso-8859-1", cte="quoted-printable",
        when="2027-03-03 17:26", subject="RE: Article de février",
        state={"articles": 0},
        body="""
Bonjour Juliette,

Bien reçu l'article sur le houblon, rien à redire, Gaëlle le programme pour vendredi.

Pendant que vous y êtes : nous sortons fin avril une bière de printemps en canette de 33 cl, la « Grand Largue ». Il nous faudrait le petit texte qui va au dos de la canette, trois ou quatre lignes qui donnent envie, plus les mentions habituelles. Rien de bien compliqué pour vous, je pense.

Cordialement,
""",
        quote=dict(when="2027-02-26 16:50", to="Yann Le Goff <yann.le-goff@brasseriedupertuis.fr>",
                   subject="Article de février", sig=False, body="""
Bonjour Yann,

Voici l'article de février, « Le houblon, de la fleur au verre », avec titre, chapô et méta-description.

Bien à vous,
Juliette Caradec
"""),
        verdict="out_of_scope",
        note="L'article de février est validé sans changement (in_scope), mais le texte du dos d'une canette est un texte de packaging, explicitement exclu (« Étiquettes et packaging »), même si ni « étiquette » ni « packaging » n'est employé ; la demande la plus grave l'emporte : out_of_scope.",
    ),
    dict(
        key="cp-ulule", contract=K, lang="fr", style="gmail", sender="gaelle",
        when="2027-04-12 15:18", subject="Sujet d'avril + un nouveau projet",
        state={"pages": 2, "fiches": 1, "articles": 1, "newsletter": 0},
        body="""
Hello Juliette,

Deux choses :

1. Pour l'article d'avril, on part sur ta proposition « accords bière et fromage », Yann est ravi.

2. Grosse nouvelle : on lance une campagne de financement participatif sur Ulule début mai pour acheter une deuxième cuve de fermentation. Est-ce que tu pourrais nous écrire la page de présentation du projet (notre histoire, à quoi servira l'argent) et les descriptions des contreparties ? Il y en aura une dizaine, du tote bag à la journée « brasseur d'un jour ».

On en parle quand tu veux !
Gaëlle
""",
        verdict="out_of_scope",
        note="Le choix du sujet de l'article d'avril est in_scope, mais la page de campagne Ulule et les textes des contreparties sont un travail nouveau qu'aucun livrable ne couvre : la demande la plus grave l'emporte (out_of_scope).",
    ),
    dict(
        key="cp-article-version-courte", contract=K, lang="fr", style="gmail", sender="gaelle",
        when="2027-03-05 12:06", subject="Article houblon – version courte ?",
        state={"pages": 0, "fiches": 0, "articles": 0},
        body="""
Bonjour Juliette,

La mairie d'Aytré nous propose un encart dans son journal municipal d'avril, et on a tout de suite pensé à ton article sur le houblon. Seulement il fait 1 100 mots et ils nous laissent de la place pour 400 environ.

Est-ce que tu pourrais le raccourcir à 400 mots ? On n'a pas encore décidé si on garderait la version longue sur le blog ou si la courte la remplacerait partout.

Gaëlle
""",
        verdict="unclear",
        note="Deux lectures : raccourcir l'article livré pour remplacer la version du blog est une modification de « articles » (1 tour inclus, aucun consommé → revision) ; écrire une seconde version de 400 mots pour le journal municipal, en gardant la longue, est un texte nouveau (→ out_of_scope). La cliente dit elle-même ne pas avoir tranché.",
    ),
    dict(
        key="cp-merci-newsletter", contract=K, lang="fr", style="webmail", sender="yann_orange",
        charset="iso-8859-1", cte="quoted-printable",
        when="2027-04-09 22:14", subject="newsletter",
        state={"pages": 2, "fiches": 1, "articles": 1, "newsletter": 0},
        body="""
Bonsoir Juliette,

La newsletter est partie hier soir : 46 % d'ouverture et une salle pleine ce soir, du jamais vu chez nous. Gaëlle voulait vous l'écrire elle-même mais elle est derrière le bar.

Merci encore, et à bientôt pour l'article de mai.

Yann
""",
        verdict="not_a_request",
        note="Remerciements et résultats de la newsletter ; le mot « newsletter » (livrable sans tour de modifications) n'accompagne aucune demande de changement. L'article de mai n'est qu'évoqué.",
    ),
    dict(
        key="cp-point-textes", contract=K, lang="fr", style="gmail", sender="gaelle",
        when="2027-02-22 18:30", subject="Point sur les textes du site",
        body="""
Coucou Juliette,

Pour faire le point sur les textes du site avant que tu attaques la rédaction, jeudi 25 à 10 h à la brasserie, ça t'irait ? Si c'est trop loin de Nantes pour toi, on peut faire ça en visio mardi 2 mars à 14 h, comme tu préfères.

Yann sera là dans les deux cas.

Gaëlle
""",
        verdict="not_a_request",
        note="Choix d'un créneau pour une réunion de cadrage avec la rédactrice : logistique de rendez-vous, même si « textes du site » est cité.",
    ),
]
