"""Contract X: Studio Lisière x Piastre Technologies (UX research with user interviews for a savings app,
French contract, CAD, Montréal; the head of product and compliance write in Québec French, the lead
designer in English)."""
from mailgen import Msg, Quote, Person
from people import *

K = "lisiere-piastre-recherche"

Q_GUIDE_V1 = Quote(MATHILDE, (2027, 2, 3, 16, 20, 14), to=[REMI], cc=[ALEX], subject="Guide d'entretien - v1",
                   body="""\
Salut Rémi,

Voici la première version du guide d'entretien, en français et en anglais (pièces jointes). Il dure environ 60 minutes : mise en contexte, habitudes d'épargne, irritants, puis l'exercice sur le prototype de la fonction « pause ».

Deux tours de modifications sont prévus sur le guide : le mieux, c'est de regrouper vos commentaires et ceux d'Alex dans un seul courriel.

Mathilde""")

Q_GUIDE_V3 = Quote(MATHILDE, (2027, 2, 11, 17, 5, 33), to=[REMI], cc=[KARINE], subject="Guide d'entretien - v3",
                   body="""\
Salut Rémi,

Voici la version 3 du guide, avec les modifications de la deuxième ronde : la section sur la carte de crédit est retirée et l'entretien tient maintenant en 50 minutes.

C'était la dernière ronde prévue au contrat, mais je pense qu'on est bons. Premier entretien lundi à 12 h 15 !

Mathilde""")

Q_SEMAINE1 = Quote(MATHILDE, (2027, 3, 3, 17, 30, 0), to=[REMI, ALEX], subject="Entretiens 1 à 6 : notes et enregistrements",
                   body="""\
Bonjour Rémi, bonjour Alex,

Les six premiers entretiens sont faits (P1 à P6). Les notes et les enregistrements sont dans le dossier partagé, un sous-dossier par participant. Les six derniers, en anglais, ont lieu la semaine prochaine.

Si jamais vous voulez aller plus loin après l'étude, un journal de bord de deux semaines avec une partie des participants serait très parlant ; je peux vous faire une soumission.

Mathilde""")

Q_RAPPORT = Quote(MATHILDE, (2027, 3, 19, 16, 45, 21), to=[REMI, ALEX], subject="Rapport de synthèse - version 1",
                  body="""\
Bonjour à vous deux,

Voici le rapport de synthèse (PDF, 34 pages) : 7 constats, 42 verbatims et 9 recommandations priorisées.

Un tour de modifications est prévu sur le rapport. On peut fixer la présentation à l'équipe pour jeudi prochain, le 25.

Mathilde""")

Q_PRESENTATION = Quote(MATHILDE, (2027, 3, 25, 14, 2, 7), to=[REMI], cc=[ALEX], subject="Présentation de ce matin",
                       body="""\
Salut Rémi,

Merci à toute l'équipe pour ce matin, vous avez posé de super bonnes questions ! Comme promis, voici les diapos de la présentation en PDF, avec le rapport final.

Mathilde""")

Q_PERSONAS = Quote(MATHILDE, (2027, 3, 30, 15, 10, 48), to=[REMI], cc=[ALEX], subject="Vos trois personas",
                   body="""\
Salut Rémi,

Voici les trois personas (PDF, une page chacun) : Sophie la prévoyante, Jérémie le débrouillard et Gilles le retraité prudent. Chacun reprend des citations réelles des entretiens.

Mathilde""")

CASES = []


def case(**kw):
    CASES.append(kw)


# x001 -------------------------------------------------------------------------
case(id="x001", contract=K, lang="fr", verdict="in_scope", state={},
     note="Rémi fournit la question de recherche, la liste des volontaires, le prototype à faire tester et le formulaire de consentement, puis demande quand arrivera le guide : apport du client et question de délai sur un livrable prévu (le prototype est celui du client, rien n'est à concevoir).",
     msg=Msg("x001", REMI, [MATHILDE], (2027, 1, 27, 14, 18, 39), "Kickoff : ce qu'il te faut pour démarrer", """\
Salut Mathilde,

Merci encore pour l'atelier de lundi, l'équipe est vraiment contente de démarrer.

Comme convenu, voici ce qu'il te faut :
- notre question de départ : 38 % des gens qui activent l'épargne automatique la désactivent dans les deux premiers mois, et on ne sait pas pourquoi ;
- la liste des 214 utilisateurs qui ont accepté d'être contactés pour de la recherche (dans le dossier partagé sécurisé, l'accès est parti à ton adresse) ;
- le lien vers le prototype de la nouvelle fonction « pause », qu'on aimerait faire tester pendant les entretiens ;
- le formulaire de consentement approuvé par nos avocats.

Tu penses pouvoir nous envoyer une première version du guide pour quand ? Karine, à la conformité, veut le voir avant qu'on contacte qui que ce soit.

Merci !
Rémi""", cc=[ALEX]))

# x002 -------------------------------------------------------------------------
case(id="x002", contract=K, lang="en", verdict="in_scope", state={"entretiens": 2},
     note="Alex asks for the missing interview recordings the contract includes and checks the dates of the next sessions: a request for contracted files and a schedule question; the diary study is only offered in the quoted message.",
     msg=Msg("x002", ALEX, [MATHILDE], (2027, 3, 4, 11, 2, 26), "Re: Entretiens 1 à 6 : notes et enregistrements", """\
Hi Mathilde,

Thanks for the update, the notes are super helpful. P5's comment about feeling "punished" by the app when a transfer bounced is already all over our Slack.

Could you upload the rest of the recordings? The folder only has P1, P2 and P4, and I'd like to watch P3 and P6 before our design review on Monday.

Also, are the English sessions still set for Tuesday and Wednesday next week? I'd love to sit in silently on one, if the participant is OK with it.

Thanks!
Alex""", cc=[REMI], quote=Q_SEMAINE1))

# x003 -------------------------------------------------------------------------
case(id="x003", contract=K, lang="fr", verdict="revision", deliverable="entretiens", state={"entretiens": 0},
     note="Commentaires groupés sur la première version du guide (questions retirées et ajoutées, ordre des sections, durée) : premier des deux tours de modifications inclus, qui portent sur le guide.",
     msg=Msg("x003", REMI, [MATHILDE], (2027, 2, 5, 10, 5, 52), "Re: Guide d'entretien - v1", """\
Salut Mathilde,

Merci, c'est clair et ça se lit bien. On l'a passé en revue avec Alex hier, voici nos commentaires :

1. Section 2 : on enlèverait les questions sur les cryptos, c'est pas notre sujet et ça risque de partir dans tous les sens.
2. On aimerait une question sur ce que les gens ressentent quand un virement automatique échoue faute de fonds (les fameux frais pour provision insuffisante). C'est notre hypothèse numéro un pour expliquer les désactivations.
3. L'exercice sur le prototype devrait venir avant les questions sur les irritants, pour ne pas influencer les réponses.
4. Si possible, ramener le tout à 50 minutes : nos utilisateurs font souvent ça sur leur heure de dîner.

Merci !
Rémi""", cc=[ALEX], quote=Q_GUIDE_V1))

# x004 -------------------------------------------------------------------------
case(id="x004", contract=K, lang="en", verdict="revision", deliverable="synthese",
     state={"entretiens": 2, "synthese": 0},
     note="Rebalancing the verbatims, splitting an insight and reordering the recommendations of the delivered report: the single round included on the synthesis report, still unused.",
     msg=Msg("x004", ALEX, [MATHILDE], (2027, 3, 23, 9, 48, 13), "Re: Rapport de synthèse - version 1", """\
Hi Mathilde,

We've all read the report and it's excellent. Rémi already quoted insight 2 in the leadership meeting.

A few changes before the readout:
- Most of the verbatims come from the French sessions (I counted 31 of 42). Could you balance it out with more quotes from the English participants? Half our users live outside Quebec.
- Insight 3 mixes two things, trust in the app and the fees. Could you split it into two?
- Please move the recommendation about warning users before a transfer fails up to number one. That's the one we can ship this quarter.

Thanks,
Alex""", cc=[REMI], quote=Q_RAPPORT))

# x005 -------------------------------------------------------------------------
case(id="x005", contract=K, lang="fr", verdict="revision_over_limit", deliverable="entretiens",
     state={"entretiens": 2},
     note="La conformité demande de retirer des questions, de reformuler l'introduction et d'ajouter une mention au guide après la version 3, alors que les deux tours inclus sur le guide sont utilisés ; une raison réglementaire ne rend pas le tour gratuit.",
     msg=Msg("x005", KARINE, [MATHILDE], (2027, 2, 12, 9, 20, 41), "RE: Guide d'entretien - v3", """\
Bonjour Mathilde,

Rémi m'a transmis la version 3 du guide. Avant le premier entretien de lundi, la conformité a besoin des changements suivants :

1. Retirer les questions 3.4 et 3.5 sur le revenu du ménage et les dettes : ce sont des renseignements personnels dont nous n’avons pas besoin pour cette étude.
2. Reformuler l’introduction pour préciser que Piastre ne donne pas de conseils financiers et que le participant peut refuser de répondre à toute question.
3. Ajouter à la fin la phrase sur la conservation des enregistrements (90 jours, puis destruction).

Je reste disponible pour en discuter.

Cordialement,""", cc=[REMI], quote=Q_GUIDE_V3))

# x006 -------------------------------------------------------------------------
case(id="x006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="personas",
     state={"entretiens": 2, "synthese": 1, "personas": 0},
     note="Rajeunir un persona, changer les prénoms et ajouter une ligne sur chaque fiche : des modifications aux trois personas livrés, un livrable qui n'inclut aucun tour.",
     msg=Msg("x006", REMI, [MATHILDE], (2027, 4, 1, 9, 45, 3), "Re: Vos trois personas", """\
Salut Mathilde,

Les personas sont super, on les a déjà imprimés et collés sur le mur de l'équipe.

On aurait quelques ajustements par contre :
- Gilles le retraité : on a très peu d'utilisateurs de plus de 60 ans. Est-ce qu'on pourrait le rajeunir, fin quarantaine avec deux ados, en gardant son côté prudent ?
- Les prénoms avec un adjectif font un peu cliché pour l'équipe marketing, on préférerait juste des prénoms.
- Ajouter une ligne « appareil et banque principale » sur chaque fiche.

Merci !
Rémi""", cc=[ALEX], quote=Q_PERSONAS))

# x007 -------------------------------------------------------------------------
case(id="x007", contract=K, lang="fr", verdict="out_of_scope", deliverable="entretiens",
     state={"entretiens": 2},
     note="Quatre entretiens avec des travailleurs autonomes « en plus des douze déjà prévus » : plus d'unités que le contrat n'en vend, présenté comme une petite demande facile.",
     msg=Msg("x007", REMI, [MATHILDE], (2027, 2, 26, 15, 40, 18), "Recrutement : les travailleurs autonomes", """\
Salut Mathilde,

Le recrutement avance bien, merci ! En regardant les profils retenus avec Alex, on a réalisé qu'il n'y a aucun travailleur autonome dans le lot. Or c'est à peu près 20 % de nos utilisateurs, et c'est justement eux qui désactivent le plus l'épargne automatique (revenus irréguliers, tu comprends).

Est-ce que tu pourrais en caser quatre de plus, en plus des douze déjà prévus ? Même format, même guide, ça devrait pas être trop compliqué. Idéalement la semaine du 8 mars.

Merci !
Rémi""", cc=[ALEX]))

# x008 -------------------------------------------------------------------------
case(id="x008", contract=K, lang="fr", verdict="out_of_scope", state={"entretiens": 2, "synthese": 0},
     note="Esquisser les 5 ou 6 étapes que verrait l'utilisateur de la future fonction « pause », c'est l'exclusion « Conception d'interface et maquettes », décrite avec les mots du client après des remerciements.",
     msg=Msg("x008", REMI_IPHONE, [MATHILDE], (2027, 3, 26, 8, 12, 30), "Présentation d'hier", """\
Salut Mathilde,

Merci pour la présentation d'hier, l'équipe en parle encore ce matin. Le moment où tu as fait jouer l'extrait de P9, ça a réveillé tout le monde.

Vu que tu connais mieux que personne ce que nos utilisateurs attendent, est-ce que tu pourrais nous esquisser la future fonction « pause » ? Les 5 ou 6 étapes que verrait l'utilisateur dans l'appli, du bouton jusqu'à la confirmation, même grossièrement, à la main ou dans l'outil que tu préfères. Ça donnerait un bon point de départ à Alex.

Bonne fin de semaine !
Rémi"""))

# x009 -------------------------------------------------------------------------
case(id="x009", contract=K, lang="en", verdict="out_of_scope", deliverable="synthese",
     state={"entretiens": 2},
     note="After praising the English sessions, Alex asks for the report by 12 March instead of the 26 March written in the contract: an earlier deadline, even though the readout can stay later.",
     msg=Msg("x009", ALEX, [MATHILDE], (2027, 3, 9, 13, 30, 55), "Report timing", """\
Hi Mathilde,

The first English sessions were fantastic, thank you. P8 describing her "money jar" habit was pure gold, and only two sessions left tomorrow!

Bad news on timing, though: our investors' quarterly meeting got moved up to March 16, and Rémi really wants to show the findings there. Could we get the report by Friday, March 12 instead of the 26th? The readout with the team can stay the week after, no rush on that part.

I know it's tight. Let me know if that works.

Alex""", cc=[REMI]))

# x010 -------------------------------------------------------------------------
case(id="x010", contract=K, lang="fr", verdict="unclear", deliverable="synthese",
     state={"entretiens": 2, "synthese": 0},
     note="« Une version pour le CA » en dix minutes peut vouloir dire raccourcir et adapter la présentation livrée (révision du rapport de synthèse, un tour reste) ou produire une présentation distincte pour le conseil en plus de celle prévue (nouveau livrable) : le message ne tranche pas.",
     msg=Msg("x010", REMI, [MATHILDE], (2027, 3, 31, 16, 20, 9), "Re: Présentation de ce matin", """\
Salut Mathilde,

Le conseil d'administration a entendu parler de l'étude et veut voir les résultats à sa réunion du 14 avril. Ils m'accordent 10 minutes, pas une de plus, et ce ne sont pas des gens de produit : ils veulent savoir quoi faire, pas lire 42 citations.

Est-ce que tu pourrais nous préparer une version pour le CA ?

Merci !
Rémi""", quote=Q_PRESENTATION))

# x011 -------------------------------------------------------------------------
case(id="x011", contract=K, lang="en", verdict="not_a_request", state={"entretiens": 2},
     note="Alex's out-of-office auto-reply; pointing senders to Rémi for the research project asks for no work.",
     msg=Msg("x011", ALEX, [MATHILDE], (2027, 3, 15, 8, 2, 40), "Automatic reply: Entretiens 7 à 12 : notes et enregistrements", """\
Thanks for your message. I'm at a design conference in Austin and back in the office on Monday, March 22, with limited access to email.

For anything about the user research project, please contact Rémi Bouchard (remi.bouchard@piastre.ca). For design system questions, post in #design-help on Slack.

Alex Whitford
Lead Product Designer, Piastre""", client="plain", sig="",
             extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]))

# x012 -------------------------------------------------------------------------
case(id="x012", contract=K, lang="fr", verdict="not_a_request", state={"entretiens": 2},
     note="Avis de paiement automatique du deuxième versement, qui nomme les entretiens : un avis de paiement, aucune demande de travail.",
     msg=Msg("x012", FACTURATION, [MATHILDE], (2027, 3, 18, 6, 0, 0), "Avis de paiement - Piastre Technologies inc.", """\
Bonjour,

Un paiement a été émis à votre intention par Piastre Technologies inc.

Fournisseur : Studio Lisière
Date du paiement : 18 mars 2027
Mode : dépôt direct
Montant : 6 560,00 $ CA
Référence : PIA-AP-2027-0341

Détail :
Facture SL-2027-004, deuxième versement (entretiens utilisateurs 1 à 12) : 6 560,00 $

Les fonds devraient être disponibles dans votre compte d'ici deux jours ouvrables.

Ce message a été généré automatiquement, merci de ne pas y répondre. Pour toute question, écrivez à comptes.fournisseurs@piastre.ca.

Piastre Technologies inc.""", extra_headers=["X-Mailer: Piastre AP notifications", "Auto-Submitted: auto-generated"]))
