# Readable case definitions for the heldout2 corpus (k001..k048).
#
# Fields: id, contract, lang (language of the new text), used (ledger before the email),
# today, verdict, deliverable, note; then the message: style (gmail, gmail_plain, apple,
# iphone, outlook, thunderbird, autoreply, outlook_autoreply, bulk, notice8bit), frm, to,
# cc, date + tz (sender's local time), subject, body (the new text), sig, quote (the
# message being answered or forwarded), charset / cte for Outlook and notices.
from attach import tiny_pdf, tiny_zip

LEA = ("Léa Morvan", "atelier@leamorvan.fr")
CAMILLE = ("Camille Roux", "camille.roux@editions-grillon.fr")
CAMILLE_G = ("Camille Roux", "camille.roux.edl@gmail.com")
HUGO = ("Hugo Pasquier", "hugo.pasquier@editions-grillon.fr")

PRIYA = ("Priya Raman", "priya@northstarops.co")
JENNA = ("Jenna Marsh", "jenna@bloomandbalance.coach")
JENNA_G = ("Jenna Marsh", "jennamarsh.coaching@gmail.com")
ALEX = ("Alex Kim", "alex@bloomandbalance.coach")

MIRA = ("Mira Kovač", "hello@mirakovac.design")
JONAS = ("Jonas Weber", "jonas.weber@tallyo.io")
SARA = ("Sara Lindqvist", "sara.lindqvist@tallyo.io")
TOBIAS = ("Tobias Brandt", "tobias@tallyo.io")

MAELLE = ("Maëlle Giraud", "maelle@giraud-evenements.fr")
SANDRINE = ("Sandrine Colas", "sandrine.colas@vernier-hydraulique.fr")
SANDRINE_O = ("Sandrine Colas", "sandrine.colas74@orange.fr")
PAUL = ("Paul Vernier", "paul.vernier@vernier-hydraulique.fr")

A = "morvan-grillon-album"
B = "northstar-bloombalance-obm"
C = "kovac-tallyo-ux"
D = "giraud-vernier-seminaire"

PARIS = "Europe/Paris"
DENVER = "America/Denver"
CHICAGO = "America/Chicago"
BERLIN = "Europe/Berlin"

SIG_CAMILLE = """\
Camille Roux
Éditrice jeunesse
Éditions du Grillon
14 quai des Chartrons, 33000 Bordeaux
05 56 48 21 90"""

SIG_HUGO = """\
Hugo Pasquier
Directeur artistique – Éditions du Grillon
06 71 33 82 05"""

SIG_LEA = """\
Léa Morvan
Illustration jeunesse – Rennes
leamorvan.fr"""

SIG_JENNA = """\
Jenna Marsh, PCC
Bloom & Balance Coaching
bloomandbalance.coach | The Unhurried Hour podcast"""

SIG_ALEX = """\
Alex Kim
Operations Assistant | Bloom & Balance Coaching
alex@bloomandbalance.coach"""

SIG_SARA = """\
Sara Lindqvist
Product Manager, Tallyo
tallyo.io"""

SIG_JONAS = """\
Jonas Weber
Co-founder & CPO | Tallyo GmbH
Oranienstraße 24, 10999 Berlin"""

SIG_TOBIAS = """\
Tobias Brandt
Lead Engineer, Tallyo"""

SIG_SANDRINE = """\
Sandrine Colas
Responsable ressources humaines
Vernier Hydraulique SAS
ZI des Grands Prés – 74300 Cluses
Tél. : 04 50 98 12 40"""

SIG_PAUL = """\
Paul Vernier
Directeur général
Vernier Hydraulique SAS
ZI des Grands Prés - 74300 Cluses
Tél. : 04 50 98 12 00"""

CASES = []


def case(**kw):
    CASES.append(kw)


# =====================================================================================
# A. Léa Morvan Illustration x Éditions du Grillon (fr, EUR)
# =====================================================================================

case(
    id="k001", contract=A, lang="fr", used={"personnages": 1}, today="2026-11-16",
    verdict="in_scope",
    note="Camille fournit le chemin de fer et le texte définitif et donne le feu vert pour les crayonnés : "
         "apport du client pour un livrable couvert. « mise en page » décrit le travail du studio de "
         "l'éditeur, rien n'est demandé à Léa sur ce point.",
    style="gmail", frm=CAMILLE, to=[LEA], cc=[HUGO], date="2026-11-16 10:12:40", tz=PARIS,
    subject="Le phare de Nino : chemin de fer et texte définitif",
    body="""\
Bonjour Léa,

Comme promis, voici le chemin de fer et le texte définitif, validé par Anouk vendredi (elle a encore raccourci la scène du marché, tant mieux).

Le studio a fait une mise en page provisoire du texte sur chaque double page pour que tu voies où il tombera. En gros : garde-toi le tiers haut gauche à peu près libre sur les DP 2 à 6, et le bas de page sur toute la séquence de la tempête.

De notre côté il n'y a plus rien à trancher, tu peux attaquer les crayonnés quand tu veux.

Belle semaine,
Camille""",
    sig=SIG_CAMILLE,
    attach=[("Phare-de-Nino_chemin-de-fer_v4.pdf", "application/pdf",
             tiny_pdf("Le phare de Nino - chemin de fer v4 - 32 pages"))],
)

case(
    id="k002", contract=A, lang="fr", used={"personnages": 1, "couverture": 0}, today="2026-12-14",
    verdict="in_scope",
    note="Choix de la piste 2 de couverture, sans changement, et feu vert pour la couleur : c'est la suite "
         "prévue du livrable « couverture ». Le gabarit et l'imprimeur concernent le travail de l'éditeur.",
    style="iphone", frm=HUGO, to=[LEA], cc=[CAMILLE], date="2026-12-14 12:47:03", tz=PARIS,
    subject="Re: Couverture – les deux pistes", bom=True,
    body="""\
Hello Léa,

Vu ce matin avec Camille et le commercial : c'est la piste 2, sans hésitation. Nino de dos face au phare, avec le faisceau qui balaie la mer, on a tous eu un petit frisson.

Tu peux passer à la couleur telle quelle. On t'enverra le gabarit avec l'épaisseur du dos dès que l'imprimeur aura confirmé le papier.

Hugo""",
    quote=dict(frm=LEA, to=[CAMILLE, HUGO], date="2026-12-11 18:02", tz=PARIS,
               subject="Couverture – les deux pistes", body="""\
Bonjour Camille, bonjour Hugo,

Voici les deux pistes de couverture en crayonné :
1. Nino et Goémon sur les rochers, le phare en arrière-plan, réserve de titre en haut.
2. Nino de dos face au phare, le faisceau qui traverse toute la page.

Dites-moi celle que vous retenez, je passerai ensuite à la couleur.

Léa"""),
)

case(
    id="k003", contract=A, lang="fr", used={"personnages": 0}, today="2026-10-29",
    verdict="revision", deliverable="personnages",
    note="Premiers retours de changements sur les planches de personnages (âge de Nino, allure de la "
         "grand-mère) : 0 tour utilisé sur 2, donc révision. Le mail ne dit jamais « modifier » ou "
         "« retouche », il liste des notes.",
    style="apple", frm=HUGO, to=[LEA], cc=[CAMILLE], date="2026-10-29 18:31:22", tz=PARIS,
    subject="Re: Recherches personnages – Le phare de Nino",
    body="""\
Bonjour Léa,

Merci pour les trois planches, on sent déjà tout l'univers du livre. Mes retours après relecture avec Camille :

Nino
– il fait un peu grand pour ses 7 ans, on lui en donnerait 10 : visage plus rond, jambes plus courtes ;
– le ciré jaune, on adore, on garde.

Maëva
– moins « mamie gâteau » : elle répare des bateaux, on la voit plus sèche, plus vive, avec des cheveux courts et gris ;
– les lunettes peuvent disparaître.

Goémon
– parfait, n'y touche pas.

Dis-moi si quelque chose n'est pas clair, je suis au bureau toute la semaine.""",
    sig=SIG_HUGO,
    quote=dict(frm=LEA, to=[CAMILLE, HUGO], date="2026-10-27 16:40", tz=PARIS,
               subject="Recherches personnages – Le phare de Nino", body="""\
Bonjour à tous les deux,

Vous trouverez en pièce jointe les planches de recherche pour Nino, Maëva et Goémon (silhouettes, expressions, tenues).
J'attends vos retours groupés pour la suite.

Belle journée,
Léa"""),
)

case(
    id="k004", contract=A, lang="fr",
    used={"personnages": 1, "crayonnes": 1, "couverture": 1, "illustrations": 0}, today="2027-02-01",
    verdict="revision", deliverable="illustrations",
    note="Retours groupés de changements sur les premières doubles pages en couleur (teinte de la mer, "
         "lumière sur le chat, proportion d'une main) : premier tour sur « illustrations » (1 inclus). "
         "L'affiche du salon n'apparaît que dans l'historique cité ; « tu peux continuer » est la suite "
         "prévue.",
    style="gmail", frm=CAMILLE, to=[LEA], cc=[HUGO], date="2027-02-01 09:26:51", tz=PARIS,
    subject="Re: DP 1 à 6 en couleur",
    body="""\
Bonjour Léa,

Les six premières doubles pages sont magnifiques. Anouk en a eu les larmes aux yeux (de joie).

Voici nos retours, regroupés pour que tu aies tout d'un coup :
1. DP 3 et DP 5 : la mer tire trop sur le vert, on la voudrait plus encre, plus profonde, comme sur la couverture.
2. DP 4 : Goémon disparaît dans le noir de la cale, est-ce qu'on peut lui donner un peu plus de lumière ?
3. DP 6 : la main de Maëva sur la barre paraît très grande par rapport au reste du corps.

Tout le reste est validé, tu peux continuer sur la suite.

Camille""",
    sig=SIG_CAMILLE, sig_below_quote=True,
    quote=dict(frm=LEA, to=[CAMILLE], cc=[HUGO], date="2027-01-29 17:20", tz=PARIS,
               subject="DP 1 à 6 en couleur", body="""\
Bonjour Camille,

Voici les doubles pages 1 à 6 en couleur (JPEG basse définition pour la relecture, les TIFF suivront à la validation). Comme prévu, un tour de retouches est inclus sur les illustrations couleur : n'hésite pas à regrouper vos remarques.

Pour l'affiche du salon de Montreuil dont tu m'avais parlé, je t'envoie un devis à part.

Léa"""),
)

case(
    id="k005", contract=A, lang="fr", used={"personnages": 1, "crayonnes": 1, "couverture": 0},
    today="2026-12-22",
    verdict="revision_over_limit", deliverable="crayonnes",
    note="« Toute petite modif » sur la DP 5 des crayonnés (lanterne dans l'autre main) alors que le seul "
         "tour inclus sur « crayonnes » a été utilisé pour la V2 (rappelé dans l'historique) : hors forfait, "
         "quelle que soit la taille du changement.",
    style="gmail_plain", frm=CAMILLE_G, to=[LEA], date="2026-12-22 21:48:10", tz=PARIS,
    subject="Re: Crayonnés V2 – DP 1 à 14",
    body="""\
Coucou Léa,

Une toute petite modif sur la V2 des crayonnés, promis après j'arrête : sur la DP 5, est-ce que Nino pourrait tenir la lanterne dans la main gauche plutôt que dans la droite ? Comme ça il regarde vers la page suivante et on a envie de tourner. Deux coups de crayon, j'imagine.

Tout le reste est parfait pour nous.

Je t'écris de ma boîte perso, je suis déjà en congés. Bises et bonnes fêtes si on ne se reparle pas d'ici là !
Camille""",
    quote=dict(frm=LEA, to=[CAMILLE], date="2026-12-18 16:05", tz=PARIS,
               subject="Crayonnés V2 – DP 1 à 14", body="""\
Bonjour Camille,

Voici la V2 des crayonnés des 14 doubles pages, avec toutes les corrections de ton mail du 9 décembre (c'était le tour de retouches prévu au contrat sur les crayonnés).

Je démarre la couleur dès janvier.

Léa"""),
)

case(
    id="k006", contract=A, lang="fr", used={"personnages": 1, "crayonnes": 1, "couverture": 2},
    today="2027-01-20",
    verdict="revision_over_limit", deliverable="couverture",
    note="Nouveaux changements sur la couverture (phare plus grand, faisceau plus franc) après la V3 qui "
         "consommait le deuxième et dernier tour inclus : hors forfait. Le ton (« toujours la même "
         "remarque ») ne change pas le verdict.",
    style="apple", frm=HUGO, to=[LEA], cc=[CAMILLE], date="2027-01-20 08:54:37", tz=PARIS,
    subject="Re: Couverture couleur V3",
    body="""\
Léa,

Je suis désolé d'y revenir encore, mais le commercial a montré la V3 à deux libraires hier et la remarque est toujours la même : de loin, en vitrine, on ne voit pas le phare. Il est superbe, mais il est minuscule.

Il faudrait le remonter et le grossir nettement, quitte à rogner un peu le ciel. Et le faisceau pourrait être plus franc, plus jaune.

On ne peut pas partir en représentation avec une couverture que personne ne remarque. Tu me dis quand tu pourrais nous renvoyer ça ?

Hugo""",
    quote=dict(frm=LEA, to=[HUGO], cc=[CAMILLE], date="2027-01-18 10:05", tz=PARIS,
               subject="Couverture couleur V3", body="""\
Bonjour Hugo,

Voici la V3 de la couverture, avec le ciel retravaillé et la réserve de titre descendue de 2 cm. Pour rappel, c'était le dernier des deux tours de retouches prévus sur la couverture.

Belle journée,
Léa"""),
)

case(
    id="k007", contract=A, lang="fr", used={"personnages": 1}, today="2026-11-30",
    verdict="out_of_scope", deliverable="crayonnes",
    note="Une quinzième double page alors que le contrat en prévoit 14 (crayonnés puis couleur) : unité "
         "supplémentaire, au tarif « Double page illustrée supplémentaire ».",
    style="gmail", frm=CAMILLE, to=[LEA], date="2026-11-30 14:03:18", tz=PARIS,
    subject="Une scène de plus dans Le phare de Nino",
    body="""\
Bonjour Léa,

Nouvelle de dernière minute : Anouk a retravaillé la fin avec notre directrice éditoriale, et il y a maintenant une scène de plus, le retour au port au petit matin, qui mérite vraiment son image.

Est-ce que tu pourrais prévoir une quinzième double page dans tes crayonnés, puis en couleur ensuite ? Je t'envoie le chemin de fer mis à jour dans la journée.

Je sais que ça change un peu la donne, dis-moi ce que ça implique de ton côté.

Camille""",
    sig=SIG_CAMILLE,
)

case(
    id="k008", contract=A, lang="fr", used={"personnages": 1, "crayonnes": 1, "couverture": 1},
    today="2027-01-27",
    verdict="out_of_scope",
    note="Écrire le titre à la main pour la couverture, c'est le lettrage / titre dessiné que le contrat "
         "exclut (assuré par le studio de l'éditeur), décrit sans ses mots-clés. Ce n'est pas une retouche "
         "de l'illustration de couverture, même s'il reste un tour sur « couverture ».",
    style="iphone", frm=HUGO, to=[LEA], date="2027-01-27 11:19:45", tz=PARIS,
    subject="Titre de couv",
    body="""\
Léa, une idée sortie de la réunion couv de ce matin : plutôt que de poser le titre avec une police du commerce, est-ce que tu pourrais nous écrire « Le phare de Nino » à la main, à ta façon, avec des lettres un peu tordues, comme si elles étaient faites en bout de corde ? Ça collerait tellement à l'univers.

Le studio récupérerait ton fichier pour le caler sur la couv.

Dis-moi si c'est jouable !
H.""",
)

case(
    id="k009", contract=A, lang="fr", used={"personnages": 1, "crayonnes": 1, "couverture": 2},
    today="2027-01-11",
    verdict="out_of_scope", deliverable="illustrations",
    note="Demande de livrer toutes les illustrations couleur HD le 12 février au lieu du 5 mars (date écrite "
         "dans la description du livrable et échéance du contrat) : changement de conditions. Le merci "
         "pour les crayonnés ne demande rien.",
    style="gmail", frm=CAMILLE, to=[LEA], cc=[HUGO], date="2027-01-11 15:37:02", tz=PARIS,
    subject="Calendrier de fabrication – mauvaise nouvelle",
    body="""\
Bonjour Léa,

Mauvaise surprise ce matin : notre imprimeur nous annonce qu'il ferme deux semaines en mars pour changer une presse. Pour tenir la sortie du 15 avril, il lui faut les fichiers complets avant sa fermeture.

Concrètement, est-ce que tu pourrais nous livrer toutes les doubles pages en couleur, en HD, pour le vendredi 12 février au lieu du 5 mars ? Je me doute que c'est très serré. Si tu veux qu'on en parle, je suis joignable tout l'après-midi.

Au passage, merci pour les crayonnés V2, tout est bon pour nous.

Camille""",
    sig=SIG_CAMILLE,
)

case(
    id="k010", contract=A, lang="fr",
    used={"personnages": 1, "crayonnes": 1, "couverture": 2, "illustrations": 0}, today="2027-02-15",
    verdict="unclear", deliverable="illustrations",
    note="« Deux moments distincts » sur la DP 12 : soit une recomposition de la même double page "
         "(la vague d'un côté, le phare de l'autre) = révision, il reste le tour inclus sur « illustrations » ; "
         "soit deux images séparées, donc une double page ou une vignette en plus = hors périmètre. Le mail "
         "ne tranche pas.",
    style="gmail", frm=CAMILLE, to=[LEA], cc=[HUGO], date="2027-02-15 10:02:29", tz=PARIS,
    subject="Re: DP 7 à 14 en couleur",
    body="""\
Bonjour Léa,

Tout le monde est ravi de la deuxième série. Un seul point reste en suspens : la DP 12, la tempête.

Elle est très belle, mais on a l'impression qu'il s'y passe trop de choses pour une seule image : la vague, Maëva à la barre, le phare qui s'allume au loin… Hugo verrait bien deux moments distincts, la vague d'un côté, le phare de l'autre.

Tu penses qu'on peut trouver une solution ?

Camille""",
    sig=SIG_CAMILLE,
    quote=dict(frm=LEA, to=[CAMILLE], cc=[HUGO], date="2027-02-12 18:44", tz=PARIS,
               subject="DP 7 à 14 en couleur", body="""\
Bonjour Camille,

Voici la deuxième série, DP 7 à 14, en basse définition pour relecture.

Bon week-end,
Léa"""),
)

case(
    id="k011", contract=A, lang="fr", used={"personnages": 1}, today="2026-11-05",
    verdict="not_a_request",
    note="Avis de paiement automatique de l'acompte (facture d'illustrations) : aucune demande de travail.",
    style="notice8bit", charset="windows-1252", header_charset="iso-8859-1",
    frm=("Éditions du Grillon - Comptabilité", "compta@editions-grillon.fr"),
    to=[("Léa Morvan Illustration", "atelier@leamorvan.fr")], date="2026-11-05 07:15:00", tz=PARIS,
    mailer="Libeo - avis de paiement",
    subject="Avis de paiement : facture LM-2026-14",
    body="""\
Bonjour,

Éditions du Grillon SARL vous informe qu'un paiement a été émis en votre faveur.

Bénéficiaire : Léa Morvan Illustration
Facture : LM-2026-14 du 14/10/2026
Objet : Album « Le phare de Nino » – illustrations, acompte de 30 % à la signature
Montant : 2 070,00 €
Mode : virement SEPA
Date d'émission : 05/11/2026

Les fonds sont généralement crédités sous 1 à 2 jours ouvrés.

Ce message vous est envoyé automatiquement, merci de ne pas y répondre.
Pour toute question : compta@editions-grillon.fr""",
)

case(
    id="k012", contract=A, lang="fr", used={"personnages": 1}, today="2026-12-03",
    verdict="not_a_request",
    note="Lettre d'information de l'éditeur envoyée en masse (Precedence: bulk) : elle parle "
         "d'illustrations, de couvertures et de coloriages, mais ne demande rien à Léa.",
    style="bulk", frm=("Les Éditions du Grillon", "actus@editions-grillon.fr"),
    to=[("", "atelier@leamorvan.fr")], date="2026-12-03 08:30:00", tz=PARIS,
    list_id="La Gazette du Grillon <gazette.editions-grillon.fr>",
    subject="La Gazette du Grillon – décembre : nos albums à glisser sous le sapin",
    body="""\
## Nos albums à glisser sous le sapin

Cette année, le Grillon a publié onze albums, et les libraires nous en parlent encore. Voici nos coups de cœur pour les fêtes.

## « La moufle de Papi Ours »

Un conte d'hiver tout en douceur, illustré à l'aquarelle par Jeanne Ferrand. Dès 3 ans, 32 pages, 14,90 €.

## « Capitaine Brindille »

La nouvelle série de Thomas Ollier : des illustrations pleines de détails et une couverture à paillettes qui fait fureur. Dès 5 ans.

## Rencontres en librairie

Samedi 12 décembre, Jeanne Ferrand dédicace à la librairie Comptines (Bordeaux) de 14 h à 18 h.

## À télécharger

Des coloriages de Noël à imprimer, offerts sur notre site, rubrique « Ateliers ».

## En préparation

Au printemps, un album sur la mer et les phares… On vous en dit plus très bientôt !""",
    footer="""\
Éditions du Grillon – 14 quai des Chartrons, 33000 Bordeaux
Vous recevez cette lettre car vous êtes inscrit(e) à La Gazette du Grillon.
Se désinscrire : https://editions-grillon.fr/desabonnement""",
)

# =====================================================================================
# B. Northstar Ops x Bloom & Balance Coaching (en, USD)
# =====================================================================================

case(
    id="k013", contract=B, lang="en", used={"newsletter": 0}, today="2027-01-08",
    verdict="in_scope", deliverable="newsletter",
    note="Jenna supplies the copy for next Tuesday's issue and asks for it to be formatted and scheduled: "
         "client input for a contracted issue. 'Copy' is hers, no copywriting is asked.",
    style="gmail", frm=JENNA, to=[PRIYA], date="2027-01-08 16:21:09", tz=DENVER,
    subject="Tuesday's newsletter copy",
    body="""\
Hi Priya!

Copy for next Tuesday's issue is below (same text is in the shared Google Doc). Subject line: "The 3-minute reset I do before every session". Preview text is in the doc.

Two links to add: the free workbook on the first button, and the spring group waitlist in the P.S. Use the photo of me on the dock from the brand folder, it fits the mood.

Usual time, 7am Mountain. Thank you!!

J.

~~~

Hey friend,

Last week a client asked me how I stay calm between back-to-back sessions. Honestly? I don't always. But I do have one small ritual that works more often than not...

[rest in the doc]""",
    sig=SIG_JENNA,
)

case(
    id="k014", contract=B, lang="en", used={"sops": 0}, today="2027-02-03",
    verdict="in_scope", deliverable="calendar",
    note="Alex forwards a client's cancellation and asks Priya to move the 1:1 and send the new link: "
         "rescheduling sessions is the calendar deliverable. The forwarded client's question is addressed "
         "to Jenna.",
    style="gmail", frm=ALEX, to=[PRIYA], date="2027-02-03 08:47:33", tz=DENVER,
    subject="Fwd: Need to move Thursday",
    body="""\
Hi Priya,

See below from Dana. She can't make Thursday's 1:1 (school thing) so could you move her to next week? Jenna has Tuesday or Wednesday afternoon open, whichever suits Dana better. Please send her the new Zoom invite once it's booked.

Thanks!
Alex""",
    sig=SIG_ALEX,
    quote=dict(kind="forward", frm=("Dana Whitcomb", "dana.whitcomb@outlook.com"), to=[JENNA],
               date="2027-02-02 21:14", tz=DENVER, subject="Need to move Thursday", body="""\
Hi Jenna,

So sorry, I have to cancel Thursday. My son's class has a performance and I completely forgot about it when we booked. Can we find another time?

Also, is there anything I should prepare for our next session?

Dana"""),
)

case(
    id="k015", contract=B, lang="en", used={"sops": 0, "newsletter": 1}, today="2027-01-22",
    verdict="revision", deliverable="sops",
    note="Notes asking for changes to four delivered SOPs (added step, reordered steps, direct link): first "
         "of the two rounds included on the SOP library, so a revision, though the word never appears.",
    style="gmail", frm=JENNA, to=[PRIYA], date="2027-01-22 07:02:55", tz=DENVER,
    subject="Re: First 4 SOPs are in Notion",
    body="""\
Hi Priya,

Went through the first four SOPs last night with a cup of tea. They're so clear, I actually understand my own business better now 😅

My notes:
• Refunds: add a step to check whether the client already used the bonus session before approving. If yes, it's a partial refund, not a full one.
• Offboarding: the testimonial request should come BEFORE the final invoice, not after. People are happier before they see a bill.
• Podcast guest prep: can the checklist link straight to the Riverside studio instead of telling guests to search for it?
• New client onboarding: all good!

No rush, end of next week is fine.

xx Jenna""",
    quote=dict(frm=PRIYA, to=[JENNA], date="2027-01-20 17:12", tz=CHICAGO,
               subject="First 4 SOPs are in Notion", body="""\
Hi Jenna,

The first four SOPs (new client onboarding, offboarding, refunds, podcast guest prep) are in Notion under Operations > SOPs, each with its checklist and Loom. The other four will follow by the 29th as planned.

You have two rounds of changes on the SOP library, so feel free to batch your notes.

Priya"""),
)

case(
    id="k016", contract=B, lang="en", used={}, today="2026-12-29",
    verdict="revision", deliverable="newsletter",
    note="Changes to the delivered Flodesk template (shorter header, button colour, headshot position, "
         "footer link): the one round included on the newsletter template is still available.",
    style="iphone", frm=JENNA, to=[PRIYA], date="2026-12-29 10:38:14", tz=DENVER,
    subject="Re: Flodesk template – first draft",
    body="""\
Ooh I like it!! A few things, typing on my phone so forgive typos:

- the header feels huge when I open it on my phone, can it be shorter?
- buttons in the sage green instead of blush
- my headshot at the bottom near the sign-off, not at the top
- can the footer have the podcast link

Otherwise it's so me. Thank you!""",
    quote=dict(frm=PRIYA, to=[JENNA], date="2026-12-28 14:47", tz=CHICAGO,
               subject="Flodesk template – first draft", body="""\
Hi Jenna,

Here's the first draft of your Flodesk template (link below). One round of changes is included on the template, so send me everything you'd like adjusted in one go. Once it's approved I'll start formatting the weekly issues, first send on January 5.

Priya"""),
)

case(
    id="k017", contract=B, lang="en", used={"onboarding": 1, "sops": 1}, today="2027-02-09",
    verdict="revision_over_limit", deliverable="onboarding",
    note="New wording for an intake question and a welcome-email subject line in the Dubsado workflow, after "
         "the one included round was used (Jan 26 notes, quoted). Over the limit; the frustration changes "
         "nothing.",
    style="gmail", frm=JENNA, to=[PRIYA], date="2027-02-09 13:26:41", tz=DENVER,
    subject="Re: Dubsado onboarding – your changes are live",
    body="""\
Priya,

I went through the intake questionnaire again as a test client and honestly, every time I open this thing I find something else.

Question 4 ("What are your goals for this year?") felt fine in January, but it's February now and it already sounds stale. Please change it to "What would you like to be different 12 weeks from now?"

And the second welcome email: I want the subject line to be "Before our first session", it's warmer than what we have.

Can you get these in today? I have two new clients signing this week.

Jenna""",
    sig=SIG_JENNA, sig_below_quote=True,
    quote=dict(frm=PRIYA, to=[JENNA], date="2027-01-28 10:03", tz=CHICAGO,
               subject="Dubsado onboarding – your changes are live", body="""\
Hi Jenna,

I've made the changes from your notes of Jan 26 (the one round of changes included on the onboarding workflow): new cancellation clause in the contract, intake questions reordered, Venmo removed from the invoice. Everything is live.

Priya"""),
)

case(
    id="k018", contract=B, lang="en", used={"sops": 2, "onboarding": 1, "newsletter": 1},
    today="2027-02-17",
    verdict="revision_over_limit", deliverable="sops",
    note="Updating the podcast guest SOP for Zoom and moving its checklist to the top: changes to a delivered "
         "SOP after both included rounds were used (as the quoted message says). 'While you're in there' "
         "does not make it smaller.",
    style="outlook", charset="windows-1252", lang_mail="en", box="BY5PR11MB",
    frm=ALEX, to=[PRIYA], cc=[JENNA], date="2027-02-17 11:52:06", tz=DENVER,
    subject="RE: SOPs – final versions",
    body="""\
Hi Priya,

Quick heads-up: we moved podcast recordings from Riverside to Zoom last week (Jenna’s call), so the podcast guest prep SOP now sends guests to the wrong place. Could you update it for Zoom and, while you’re in there, put the checklist at the top of the page rather than the bottom? Jenna says she always scrolls past it.

Thanks so much,
Alex""",
    sig=SIG_ALEX,
    quote=dict(frm=PRIYA, to=[JENNA], cc=[ALEX], date="2027-02-05 11:02", tz=CHICAGO,
               subject="SOPs – final versions", body="""\
Hi both,

All eight SOPs are now updated with the notes from your second round and marked Final in Notion. That was the last of the two rounds included on the SOP library.

Have a great weekend,
Priya"""),
)

case(
    id="k019", contract=B, lang="en", used={"newsletter": 1}, today="2027-01-13",
    verdict="out_of_scope",
    note="Answering Instagram messages every morning and putting reminder posts on her feed is the excluded "
         "social media management, described as 'IG' and 'my feed' without the exclusion keywords.",
    style="iphone", frm=JENNA, to=[PRIYA], date="2027-01-13 19:05:48", tz=DENVER,
    subject="retreat messages",
    body="""\
Hey! So the retreat announcement went out and my phone has not stopped buzzing 🙈 people are messaging me on IG asking about dates, price, roommates etc.

Could you take over answering those every morning? I'll give you my login. And maybe put up a couple of little reminders on my feed next week that there are only 6 spots left?""",
)

case(
    id="k020", contract=B, lang="en", used={"sops": 2, "onboarding": 1}, today="2027-02-22",
    verdict="out_of_scope",
    note="Finding flights and a hotel for a speaking trip is travel booking, a rate-card extra no deliverable "
         "covers ('booking' appears in the calendar deliverable only as call booking). Blocking the days and "
         "moving 1:1s is in scope; the most serious request wins.",
    style="gmail", frm=JENNA, to=[PRIYA], date="2027-02-22 09:14:27", tz=DENVER,
    subject="Austin!!",
    body="""\
Hi Priya,

Good news, I got the speaking slot at the Rise & Lead summit in Austin, March 18–20! 🎉

Could you look at flights from Denver (I'd love to land the afternoon before) and find me a hotel within walking distance of the convention center? Budget around $250 a night. Aisle seat, always.

Also block those days in my calendar and move any 1:1s that fall on them.

Thank you!
Jenna""",
    sig=SIG_JENNA,
)

case(
    id="k021", contract=B, lang="en", used={"sops": 2, "onboarding": 1, "newsletter": 1},
    today="2027-03-05",
    verdict="out_of_scope",
    note="The newsletter copy and scheduling are in scope, but 'while you're at it' she asks for monthly "
         "matching of Stripe payouts to clients in her accounting software: bookkeeping, excluded, worded "
         "without the exclusion keywords. Most serious verdict wins.",
    style="gmail_plain", frm=JENNA_G, to=[PRIYA], date="2027-03-05 06:58:12", tz=DENVER,
    subject="Newsletter for the 9th + one more thing",
    body="""\
Morning Priya,

Newsletter copy for Tuesday is in the doc (the one about saying no without guilt). Same time as usual please.

While you're at it, could you start going through my Stripe payouts every month and matching each one to the right client and program in my accounting software? My accountant says my categories are a mess and he wants everything tidy before tax season. An hour or two a month, tops, I'd think.

Thanks!
Jenna

Sent from my personal account, I'm locked out of the work one again""",
)

case(
    id="k022", contract=B, lang="en", used={"newsletter": 0, "sops": 0}, today="2027-01-15",
    verdict="unclear", deliverable="newsletter",
    note="'A version of the template' for retreat emails: either an adjustment of the existing template "
         "(revision, the one round on the newsletter is unused) or a second template plus extra sends beyond "
         "the 12 weekly issues (new work, out of scope). The email doesn't say which.",
    style="gmail", frm=JENNA, to=[PRIYA], date="2027-01-15 12:40:03", tz=DENVER,
    subject="retreat emails",
    body="""\
Hi Priya,

Once the spring retreat goes on sale I'll be sending a few emails just about it, separate from the Tuesday letter. Could we have a version of the template for those? Something that feels a bit more special, more "event" than "weekly note".

Let me know what you think!
Jenna""",
    sig=SIG_JENNA,
)

case(
    id="k023", contract=B, lang="en", used={"newsletter": 1}, today="2027-01-14",
    verdict="not_a_request",
    note="Vacation auto-reply (Auto-Submitted: auto-replied). It names Priya for rescheduling, but as a "
         "pointer for correspondents, not a request to her.",
    style="autoreply", frm=JENNA, to=[PRIYA], date="2027-01-14 08:03:51", tz=DENVER,
    in_reply_to="<CA" + "1fXw9kQm7TzR2vJbN8pLhC0sYdE4uGaK6oWiZ3nMqB5t@mail.gmail.com>",
    subject="Away on retreat until January 18",
    body="""\
Hi there,

Thank you for your email! I'm hosting the winter retreat in Sedona and I'm offline until Monday, January 18.

If you're a current client and need to reschedule a session, Priya (priya@northstarops.co) can help with anything calendar-related. Everything else will get a reply when I'm back.

Warmly,
Jenna""",
)

case(
    id="k024", contract=B, lang="en", used={"sops": 1, "onboarding": 1}, today="2027-02-02",
    verdict="not_a_request",
    note="A question about a line on the January invoice before paying it: no work asked, even though the "
         "SOPs are named.",
    style="gmail", frm=JENNA, to=[PRIYA], date="2027-02-02 15:31:20", tz=DENVER,
    subject="Re: Invoice NS-2027-002",
    body="""\
Hi Priya,

Quick question on the January invoice before I pay it: I see 3.5 extra hours for chasing podcast guests. Was that the week Alex was out? I just want to make sure I'm reading it right, because I thought everything around the SOPs was part of the package.

Not questioning it at all, I just want to understand it for my records!

J.""",
    quote=dict(frm=PRIYA, to=[JENNA], date="2027-02-01 09:00", tz=CHICAGO,
               subject="Invoice NS-2027-002", body="""\
Hi Jenna,

Please find attached invoice NS-2027-002 for January: the monthly retainer plus 3.5 additional hours, as discussed. Payment is due within 14 days.

Thank you!
Priya"""),
)

# =====================================================================================
# C. Mira Kovač UX x Tallyo GmbH (en, EUR)
# =====================================================================================

case(
    id="k025", contract=C, lang="en", used={}, today="2026-10-14",
    verdict="in_scope", deliverable="research",
    note="Tallyo sends the six recruited interview participants and their slots: client input for the "
         "contracted interviews. The voucher 'codes' are Tallyo's own business, not front-end code.",
    style="gmail", frm=SARA, to=[MIRA], cc=[JONAS], date="2026-10-14 17:22:45", tz=BERLIN,
    subject="Interview participants – final list",
    body="""\
Hi Mira,

Good news, we have our six! Here they are with the slots they picked in your Calendly:

1. Bernd H. – electrician, 3-person company – Tue 20 Oct, 09:00
2. Aylin K. – plumber, solo – Tue 20 Oct, 14:00
3. Marco R. – painter & decorator, 8 people – Wed 21 Oct, 10:30
4. Julia S. – office manager at a 12-person roofing firm – Wed 21 Oct, 16:00
5. Piotr N. – tiler, solo – Thu 22 Oct, 11:00
6. Heike W. – carpenter, 4 people – Fri 23 Oct, 09:30

Each of them gets a 50 € voucher code from us afterwards, we'll send those ourselves. Bernd and Piotr would rather speak German; I'm happy to join those two calls and translate if that helps.

Anything else you need from us before Tuesday?

Sara""",
    sig=SIG_SARA,
)

case(
    id="k026", contract=C, lang="en", used={"wireframes": 1, "research": 1}, today="2026-11-20",
    verdict="in_scope", deliverable="ui",
    note="Wireframes approved with a go-ahead for hi-fi, plus a question about what the contracted prototype "
         "covers (bank connection is one of the onboarding screens): in scope.",
    style="gmail", frm=JONAS, to=[MIRA], cc=[SARA], date="2026-11-20 10:05:16", tz=BERLIN,
    subject="Re: Wireframes v2",
    body="""\
Hey Mira,

v2 is approved from our side. Sara, Tobias and I clicked through the whole flow on Friday and nobody managed to break it. You can move on to hi-fi.

One question so we can plan: will the clickable prototype include the bank connection step, or only sign-up to first invoice? Just so I know what I'll be able to show investors in January.

Cheers,
Jonas""",
    sig=SIG_JONAS,
    quote=dict(frm=MIRA, to=[JONAS, SARA], date="2026-11-17 16:30", tz=BERLIN,
               subject="Wireframes v2", body="""\
Hi Jonas, hi Sara,

Here is v2 of the wireframes with your notes applied. Figma link as before.

Best,
Mira"""),
)

case(
    id="k027", contract=C, lang="en", used={"wireframes": 1, "research": 1}, today="2026-11-10",
    verdict="revision", deliverable="wireframes",
    note="A list of changes to delivered wireframes (dashboard order, fewer quick actions, merged set-up "
         "steps, a skip link): second of the two included rounds, still available.",
    style="gmail", frm=SARA, to=[MIRA], cc=[JONAS], date="2026-11-10 14:48:30", tz=BERLIN,
    subject="Re: Wireframes, round two",
    body="""\
Hi Mira,

Thanks for turning v1.1 around so quickly. We're close! Remaining notes from this morning's review:

Dashboard
– "Overdue" should be the first thing you see, before revenue. The interviews were loud and clear on that one (Aylin: "I just want to know who owes me money").
– The quick-action row has five buttons; we'd keep three: new invoice, new quote, add expense.

Company set-up
– Steps 2 and 3 could become one. VAT ID and IBAN fit on the same screen, no?

Bank connection
– Add a "skip for now" link. Plenty of trial users won't connect their bank on day one.

That's everything from us.

Sara""",
    sig=SIG_SARA,
    quote=dict(frm=MIRA, to=[SARA], cc=[JONAS], date="2026-11-06 12:15", tz=BERLIN,
               subject="Wireframes, round two", body="""\
Hi Sara,

Updated wireframes (v1.1) are in Figma with the changes from your first round of feedback. One more round is included on the wireframes before we move to hi-fi.

Mira"""),
)

case(
    id="k028", contract=C, lang="en", used={"wireframes": 2, "research": 1, "ui": 0}, today="2026-12-16",
    verdict="revision", deliverable="ui",
    note="Two changes to the first hi-fi screens (button colour, table spacing): first of the two rounds "
         "included on the UI.",
    style="gmail", frm=JONAS, to=[MIRA], date="2026-12-16 19:41:02", tz=BERLIN,
    subject="Re: Hi-fi screens – first pass",
    body="""\
Mira, the hi-fi looks 🔥. Two things from the team:

1. The primary button green is almost the same as our "paid" status chip, so on the invoice list the button reads like a status. Can we push it darker, or try the ink blue?
2. Invoice editor: the line items table feels cramped, give the rows more air.

Everything else 👍

J.""",
)

case(
    id="k029", contract=C, lang="en", used={"wireframes": 2, "research": 1, "ui": 2, "ui-kit": 0},
    today="2027-01-12",
    verdict="revision_over_limit", deliverable="ui",
    note="Another set of changes to the dashboard design (bar chart, no year-on-year comparison, total in "
         "the header) after both included UI rounds were used. 'We never seem to get this right' is tone, "
         "not scope; the 21st is a review date, not a change to the contract dates.",
    style="gmail", frm=JONAS, to=[MIRA], cc=[SARA], date="2027-01-12 08:17:55", tz=BERLIN,
    subject="Dashboard, again",
    body="""\
Hi Mira,

I have to be honest: the dashboard still isn't landing. We showed it to three customers on Friday and none of them understood the revenue chart without an explanation. We never seem to get this one screen right.

Can you try monthly bars instead of the line, drop the comparison with last year, and move the overdue total up into the chart header? I'd like to see a new version before our board meeting on the 21st.

Jonas""",
    sig=SIG_JONAS,
)

case(
    id="k030", contract=C, lang="en", used={"research": 1}, today="2026-11-04",
    verdict="revision_over_limit", deliverable="research",
    note="Renaming the personas and adding a quote to the findings are changes to the synthesis report, "
         "whose single included round was used for v2 (stated in the quoted message).",
    style="apple", frm=SARA, to=[MIRA], cc=[JONAS], date="2026-11-04 11:09:38", tz=BERLIN,
    subject="Re: Research synthesis v2",
    body="""\
Hi Mira,

Thanks for v2 of the synthesis. Something came up when Jonas shared it with Anke (our CEO): she'd rather we didn't call the personas "Chaotic Chris" and "Careful Clara", it feels a bit mocking towards people who pay us. Could we go with something neutral, like "The solo tradesperson" and "The office manager"?

And if you can, add Julia's line about doing invoices at 11pm at the kitchen table to the findings on page 4. It's the one everyone remembers.

Thanks!
Sara""",
    quote=dict(frm=MIRA, to=[SARA], cc=[JONAS], date="2026-11-02 15:55", tz=BERLIN,
               subject="Research synthesis v2", body="""\
Hi Sara,

Attached is v2 of the synthesis with your notes from last week worked in. That was the one round of changes included on the research report, so this version is final on my side.

Mira"""),
)

case(
    id="k031", contract=C, lang="en", used={"wireframes": 2, "ui": 0, "research": 1}, today="2026-11-25",
    verdict="out_of_scope",
    note="Layouts of the dashboard and invoice editor for phones / narrow screens: the excluded mobile "
         "breakpoints (scope is desktop web only), asked without the words mobile, responsive or tablet.",
    style="thunderbird", frm=TOBIAS, to=[MIRA], cc=[JONAS], date="2026-11-25 16:03:12", tz=BERLIN,
    subject="Dashboard on small screens",
    body="""\
Hi Mira,

Quick one from the dev side. Our analytics say 58% of dashboard sessions happen on phones. These are people standing in a customer's basement, not sitting at a desk. If we ship the new dashboard as designed it will get squeezed into a 390 px viewport and look broken.

Could you add versions of the dashboard and the invoice editor for narrow screens, so we know how the cards stack and where the actions go?

Thanks,
Tobias""",
    sig=SIG_TOBIAS,
)

case(
    id="k032", contract=C, lang="en", used={"wireframes": 2, "ui": 0, "research": 1}, today="2026-12-18",
    verdict="out_of_scope", deliverable="ui",
    note="'One more screen' for reminder settings beyond the 10 screens sold: an additional unit, priced "
         "on the rate card ('Additional screen').",
    style="gmail", frm=SARA, to=[MIRA], cc=[JONAS], date="2026-12-18 09:33:27", tz=BERLIN,
    subject="Re: Hi-fi screens – first pass",
    body="""\
Hi Mira,

Adding to Jonas's notes: product decided this week that automatic payment reminders are going into the MVP after all. That means users need a place to set them up: when the first reminder goes out, the tone, whether to add late fees.

Could you design one more screen for those reminder settings, in the same style as the rest? It can be simple.

Sara""",
    sig=SIG_SARA,
    quote=dict(frm=MIRA, to=[JONAS, SARA], date="2026-12-15 17:40", tz=BERLIN,
               subject="Hi-fi screens – first pass", body="""\
Hi both,

The first pass of the hi-fi screens is in Figma: all ten screens, desktop, with the prototype wired from sign-up to first invoice.

Mira"""),
)

case(
    id="k033", contract=C, lang="en", used={"wireframes": 2, "research": 1, "ui": 1}, today="2026-12-28",
    verdict="unclear", deliverable="ui",
    note="'Explore' a logo and accent colour on invoices: either a tweak to the existing first-invoice / "
         "invoice editor screens (revision, one UI round left) or a new invoice-customisation feature with "
         "its own screens (additional screens, out of scope). The email leaves the size open.",
    style="gmail", frm=JONAS, to=[MIRA], date="2026-12-28 11:50:44", tz=BERLIN,
    subject="Invoice branding idea",
    body="""\
Hi Mira,

Something that came up in two of the interviews and again in our support inbox this month: people want their invoices to look like *their* business. Could you explore what it would look like if users could put their logo on the invoice and pick an accent colour?

Not sure yet how big this is in your head, curious what you come up with.

Jonas""",
    sig=SIG_JONAS,
)

case(
    id="k034", contract=C, lang="en",
    used={"wireframes": 2, "research": 1, "ui": 2, "ui-kit": 1, "handoff": 0}, today="2027-01-20",
    verdict="unclear", deliverable="handoff",
    note="Being 'around for questions' while the devs build: a few clarifications belong to the contracted "
         "handoff (in scope), but availability through a two-week sprint, and possibly designing missing "
         "empty and error states, is extra work (out of scope). Needs a clarifying question.",
    style="thunderbird", frm=TOBIAS, to=[MIRA], date="2027-01-20 17:45:09", tz=BERLIN,
    subject="Handoff + sprint",
    body="""\
Hi Mira,

Thanks for the specs, they're really thorough. We start building onboarding on Monday (two-week sprint). Would you be able to be around for questions while we build it? Mostly on Slack. I expect things to come up around the empty states and the error messages.

Tobias""",
    sig=SIG_TOBIAS,
    quote=dict(frm=MIRA, to=[TOBIAS], date="2027-01-19 10:12", tz=BERLIN,
               subject="Handoff specs", body="""\
Hi Tobias,

The annotated specs are ready in Figma (Dev Mode on the "Handoff" page). Looking forward to our walkthrough on Thursday.

Mira"""),
)

case(
    id="k035", contract=C, lang="en",
    used={"wireframes": 2, "research": 1, "ui": 2, "ui-kit": 1, "handoff": 0}, today="2027-01-27",
    verdict="not_a_request",
    note="Thanks after the handoff session; the possible next phase is a vague future intention and the "
         "P.S. is a payment notice. No work asked.",
    style="gmail", frm=JONAS, to=[MIRA], cc=[SARA, TOBIAS], date="2027-01-27 13:22:08", tz=BERLIN,
    subject="Thank you!",
    body="""\
Hi Mira,

Yesterday's handoff session was exactly what the team needed. Tobias says it's the first time he's had annotated specs he didn't have to decode, and the UI kit has already saved us a day.

Thanks for three great months. We'll probably get in touch in the spring about the next phase, but for now: enjoy a well-earned break!

Jonas

P.S. Your final invoice went to finance this morning, it should be paid by the end of next week.""",
    sig=SIG_JONAS,
)

case(
    id="k036", contract=C, lang="en", used={"research": 0}, today="2026-10-27",
    verdict="not_a_request",
    note="Moving the synthesis presentation meeting with Mira by a day: meeting logistics.",
    style="iphone", frm=SARA, to=[MIRA], cc=[JONAS], date="2026-10-27 07:56:31", tz=BERLIN,
    subject="Re: Synthesis presentation",
    body="""\
Hi Mira, could we push the synthesis presentation from Wednesday to Thursday, same time (15:00)? Jonas is flying back from Munich on Wednesday and really wants to be there. Same Meet link is fine.

Sorry for the shuffle!
Sara""",
    quote=dict(frm=MIRA, to=[SARA, JONAS], date="2026-10-26 18:20", tz=BERLIN,
               subject="Synthesis presentation", body="""\
Hi Sara, hi Jonas,

The interviews are done and I'm writing up the synthesis. Shall we keep Wednesday 15:00 for the presentation?

Mira"""),
)

# =====================================================================================
# D. Maëlle Giraud Événements x Vernier Hydraulique (fr, EUR)
# =====================================================================================

case(
    id="k037", contract=D, lang="fr", used={"lieux": 0}, today="2027-02-16",
    verdict="in_scope", deliverable="lieux",
    note="Choix du lieu n° 2 et feu vert pour la réservation : la réservation du lieu retenu fait partie "
         "du livrable « lieux ». La question sur l'acompte est pratique.",
    style="thunderbird", frm=SANDRINE, to=[MAELLE], cc=[PAUL], date="2027-02-16 08:41:52", tz=PARIS,
    subject="Re: Dossier comparatif des lieux",
    body="""\
Bonjour Maëlle,

Le CODIR a tranché hier soir : ce sera l'Hôtel des Cimes à La Clusaz, le n° 2 de votre dossier. La salle plénière avec vue a fait l'unanimité, et le fait que tout le monde dorme sur place règle pas mal de questions.

Vous pouvez confirmer la réservation pour les 10 et 11 juin auprès d'eux. Pour l'acompte du lieu, Paul signera ce qu'il faut : dites-nous simplement à qui l'envoyer.

Merci pour ce dossier très complet,
Sandrine""",
    sig=SIG_SANDRINE,
    quote=dict(frm=MAELLE, to=[SANDRINE], cc=[PAUL], date="2027-02-10 17:30", tz=PARIS,
               subject="Dossier comparatif des lieux", body="""\
Bonjour Sandrine,

Comme convenu, vous trouverez ci-joint le dossier comparatif des trois lieux présélectionnés (Le Clos des Aravis, l'Hôtel des Cimes et le Domaine de Chosal), avec capacités, salles, tarifs et disponibilités pour les 10 et 11 juin.

Belle soirée,
Maëlle"""),
)

case(
    id="k038", contract=D, lang="fr", used={"lieux": 0, "programme": 1}, today="2027-03-08",
    verdict="in_scope", deliverable="inscriptions",
    note="Paul envoie la liste des 54 salariés à inviter (les six autres places viendront plus tard, dans "
         "les 60 prévus) et autorise l'envoi des invitations : apport du client pour un livrable couvert. "
         "Le car est géré par l'entreprise elle-même, aucun transport n'est demandé.",
    style="outlook", charset="iso-8859-1", frm=PAUL, to=[MAELLE], cc=[SANDRINE],
    date="2027-03-08 10:14:26", tz=PARIS,
    subject="Liste des invités séminaire 2027",
    body="""\
Bonjour Madame Giraud,

Vous trouverez ci-joint le fichier Excel avec les noms et adresses mail des 54 salariés à inviter (onglet « Séminaire 2027 »). Les chefs d'équipe de l'atelier sont en fin de liste. Nous gardons les six places restantes pour les embauches du printemps, je vous enverrai leurs noms au fur et à mesure.

Pour le trajet Cluses - La Clusaz, inutile de vous en occuper : nous prenons comme chaque année le car des Autocars Mollard, c'est réglé de notre côté.

Vous pouvez envoyer les invitations dès que vous êtes prête.

Bien cordialement,""",
    sig=SIG_PAUL,
    attach=[("Invites_seminaire_2027.xlsx",
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             tiny_zip("xl/worksheets/sheet1.xml",
                      '<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData><row r="1"><c t="inlineStr">'
                      '<is><t>Nom</t></is></c><c t="inlineStr"><is><t>E-mail</t></is></c></row></sheetData>'
                      '</worksheet>'))],
)

case(
    id="k039", contract=D, lang="fr", used={"lieux": 0, "programme": 0}, today="2027-03-01",
    verdict="revision", deliverable="programme",
    note="Liste de changements sur le premier déroulé (horaires, atelier remplacé, formule de la soirée, "
         "heure de fin) : premier des deux tours inclus sur le programme.",
    style="outlook", charset="windows-1252", frm=SANDRINE, to=[MAELLE], cc=[PAUL],
    date="2027-03-01 14:27:49", tz=PARIS,
    subject="RE: Déroulé séminaire – V1",
    body="""\
Bonjour Maëlle,

Merci pour ce premier déroulé, très clair. Nous l’avons relu avec Paul, voici nos remarques :

- jeudi : démarrer à 9 h 30 plutôt qu’à 8 h 30, les équipes de l’atelier ont 1 h 15 de route ;
- l’atelier « Lean au quotidien » ferait doublon avec la formation de mars, nous préférerions un atelier sur la sécurité au poste ;
- la soirée : un vrai repas savoyard assis plutôt que le cocktail dînatoire, les gars n’aiment pas manger debout ;
- vendredi : finir à 15 h et non 16 h 30, beaucoup ont des enfants à récupérer.

Bonne journée,""",
    sig=SIG_SANDRINE,
    quote=dict(frm=MAELLE, to=[SANDRINE], cc=[PAUL], date="2027-02-26 17:45", tz=PARIS,
               subject="Déroulé séminaire – V1", body="""\
Bonjour Sandrine,

Voici la première version du déroulé des deux journées (PDF joint). Deux tours de modifications sont prévus sur le programme : prenez le temps de le relire avec Paul et renvoyez-moi vos remarques en une fois.

Bon week-end,
Maëlle"""),
)

case(
    id="k040", contract=D, lang="fr", used={"lieux": 0, "programme": 1, "inscriptions": 0},
    today="2027-03-15",
    verdict="revision", deliverable="inscriptions",
    note="Corrections sur l'invitation et le formulaire (logo, tutoiement, date limite écrite, case "
         "allergies) : premier et seul tour inclus sur « inscriptions », encore disponible. La date limite "
         "est un contenu de l'invitation, pas un délai de livraison.",
    style="gmail", gmail_ids=False, frm=SANDRINE_O, to=[MAELLE], date="2027-03-15 22:06:14", tz=PARIS,
    subject="Re: Invitation séminaire – projet",
    body="""\
Bonsoir Maëlle,

Je vous réponds de chez moi, je n'ai pas eu une minute aujourd'hui. Sur le projet d'invitation :
• c'est encore l'ancien logo en haut (celui avec l'engrenage), le nouveau est dans le dossier partagé ;
• chez Vernier tout le monde se tutoie, on peut passer le texte au « tu » ?
• date limite d'inscription : écrire « vendredi 30 avril » plutôt que « fin avril », sinon on va avoir des retardataires ;
• dans le formulaire, ajouter une case « allergies / intolérances » à côté du régime alimentaire.

Pour le reste, c'est parfait.

Sandrine""",
    quote=dict(frm=MAELLE, to=[SANDRINE], date="2027-03-12 11:20", tz=PARIS,
               subject="Invitation séminaire – projet", body="""\
Bonjour Sandrine,

Voici le projet d'invitation et le lien vers le formulaire d'inscription en mode test. Dites-moi si tout vous convient avant l'envoi aux 60 invités.

Maëlle"""),
)

case(
    id="k041", contract=D, lang="fr", used={"lieux": 0, "programme": 2, "inscriptions": 1},
    today="2027-04-06",
    verdict="revision_over_limit", deliverable="programme",
    note="Inverser l'activité de cohésion et la plénière dans le déroulé, après la V3 qui a consommé les deux "
         "tours inclus sur le programme (rappelé dans l'historique) : hors forfait.",
    style="iphone", frm=SANDRINE, to=[MAELLE], date="2027-04-06 12:33:09", tz=PARIS,
    subject="Re: Déroulé V3",
    body="""\
Maëlle, désolée, encore un changement sur le déroulé : Paul voudrait l'activité de cohésion (la course d'orientation) le vendredi matin au lieu du jeudi après-midi, pour finir le séminaire sur un moment collectif. La plénière sur les résultats passerait donc le jeudi après-midi.

Vous pouvez inverser ?

Sandrine""",
    quote=dict(frm=MAELLE, to=[SANDRINE], date="2027-04-02 16:20", tz=PARIS,
               subject="Déroulé V3", body="""\
Bonjour Sandrine,

Voici la V3 du déroulé avec vos derniers retours. Pour rappel, nous avons utilisé les deux tours de modifications inclus sur le programme.

Bon week-end,
Maëlle"""),
)

case(
    id="k042", contract=D, lang="fr", used={"lieux": 1}, today="2027-02-15",
    verdict="revision_over_limit", deliverable="lieux",
    note="Reprendre le tableau comparatif (prix par personne TTC, ligne accessibilité) alors que le seul "
         "tour inclus sur le dossier des lieux a servi pour la V2 : hors forfait.",
    style="outlook", charset="iso-8859-1", frm=PAUL, to=[MAELLE], cc=[SANDRINE],
    date="2027-02-15 07:48:31", tz=PARIS,
    subject="RE: Dossier comparatif lieux - V2",
    body="""\
Bonjour Madame Giraud,

Avant que le CODIR ne tranche ce soir, pourriez-vous reprendre le tableau comparatif en exprimant tous les prix par personne et TTC ? Les montants HT pour le groupe sont illisibles pour mes associés. Merci aussi d'ajouter une ligne sur l'accessibilité aux personnes à mobilité réduite : nous avons un collaborateur en fauteuil.

Cordialement,""",
    sig=SIG_PAUL,
    quote=dict(frm=MAELLE, to=[PAUL], cc=[SANDRINE], date="2027-02-12 09:15", tz=PARIS,
               subject="Dossier comparatif lieux - V2", body="""\
Bonjour Monsieur Vernier,

Voici la V2 du dossier comparatif, qui intègre les remarques de Sandrine (c'était le tour de modifications prévu au contrat sur ce dossier).

Bien cordialement,
Maëlle Giraud"""),
)

case(
    id="k043", contract=D, lang="fr", used={"lieux": 0, "programme": 2, "inscriptions": 1},
    today="2027-04-20",
    verdict="out_of_scope", deliverable="inscriptions",
    note="74 participants au lieu des 60 prévus : 14 invitations et inscriptions de plus que le contrat, "
         "au tarif par tranche de 10 participants. L'« hôtel » est le lieu, pas un transport.",
    style="outlook", charset="windows-1252", frm=SANDRINE, to=[MAELLE], cc=[PAUL],
    date="2027-04-20 09:02:18", tz=PARIS,
    subject="Séminaire : on sera 74",
    body="""\
Bonjour Maëlle,

Une bonne nouvelle qui va vous donner un peu de travail : Paul a décidé d’inviter aussi l’équipe de l’agence de Grenoble et nos six apprentis. Au total, nous serons donc 74 et non plus 60.

Pouvez-vous leur envoyer l’invitation, les ajouter au suivi des inscriptions et voir avec l’hôtel s’il reste des chambres ? Je vous transmets leurs adresses dans la matinée.

Merci d’avance,""",
    sig=SIG_SANDRINE,
)

case(
    id="k044", contract=D, lang="fr", used={}, today="2027-01-25",
    verdict="out_of_scope", deliverable="lieux",
    note="Demande de recevoir le dossier comparatif le 29 janvier alors que le contrat le prévoit au plus "
         "tard le 12 février : échéance avancée, changement de conditions.",
    style="outlook", charset="utf-8", cte="base64", frm=PAUL, to=[MAELLE], cc=[SANDRINE],
    date="2027-01-25 17:36:40", tz=PARIS,
    subject="Dossier lieux – calendrier",
    body="""\
Bonjour Madame Giraud,

Notre comité de direction a été avancé au mardi 2 février. J’aimerais pouvoir y présenter les trois lieux et faire choisir l’équipe ce jour-là, plutôt que d’attendre le comité de mars.

Serait-il possible de recevoir votre dossier comparatif d’ici le vendredi 29 janvier ?

Bien cordialement,""",
    sig=SIG_PAUL,
)

case(
    id="k045", contract=D, lang="fr", used={"lieux": 0, "programme": 1}, today="2027-03-22",
    verdict="unclear", deliverable="programme",
    note="Marquer les 15 ans de l'entreprise « pendant le séminaire » : soit un ajustement du déroulé (un "
         "temps fort dans la soirée, un discours) = révision, il reste un tour sur le programme ; soit une "
         "prestation nouvelle (événement anniversaire, film, cadeaux personnalisés) = hors périmètre. Paul "
         "laisse la proposition ouverte.",
    style="outlook", charset="windows-1252", frm=PAUL, to=[MAELLE], cc=[SANDRINE],
    date="2027-03-22 18:12:05", tz=PARIS,
    subject="Séminaire et 15 ans",
    body="""\
Bonjour Madame Giraud,

En relisant le déroulé ce week-end, je me suis rendu compte que nous fêtons cette année les 15 ans de Vernier Hydraulique. Ce serait dommage de ne pas le marquer d’une façon ou d’une autre pendant le séminaire.

Pourriez-vous regarder comment l’intégrer ? Je vous laisse me faire une proposition.

Bien cordialement,""",
    sig=SIG_PAUL,
)

case(
    id="k046", contract=D, lang="fr", used={"lieux": 0, "programme": 1, "inscriptions": 0},
    today="2027-03-18",
    verdict="unclear", deliverable="inscriptions",
    note="« Prévoir quelque chose » pour des intérimaires et deux stagiaires : si on les ajoute aux 54 "
         "invités déjà prévus sans dépasser 60, c'est couvert (au plus une adaptation de l'invitation, "
         "révision avec le tour restant) ; s'ils sont plus nombreux ou s'il faut une invitation et un suivi "
         "à part, c'est hors périmètre. Le nombre et la forme ne sont pas dits.",
    style="outlook", charset="windows-1252", frm=SANDRINE, to=[MAELLE], date="2027-03-18 11:40:57",
    tz=PARIS, subject="RE: Invitations envoyées",
    body="""\
Bonjour Maëlle,

Merci, les invitations sont bien arrivées, et on a déjà 23 réponses !

Une question : nous avons aussi des intérimaires et deux stagiaires présents toute l’année qui aimeraient bien venir. Pourriez-vous prévoir quelque chose pour eux aussi ?

Bonne journée,""",
    sig=SIG_SANDRINE,
    quote=dict(frm=MAELLE, to=[SANDRINE], date="2027-03-17 08:55", tz=PARIS,
               subject="Invitations envoyées", body="""\
Bonjour Sandrine,

Les invitations sont parties ce matin aux 54 personnes de la liste de Paul. Je suis les réponses et je ferai la première relance dans dix jours.

Maëlle"""),
)

case(
    id="k047", contract=D, lang="fr", used={}, today="2027-01-22",
    verdict="not_a_request",
    note="Confirmation du virement de l'acompte et nouvelle adresse pour les factures : information "
         "administrative, aucune demande de travail.",
    style="outlook", charset="windows-1252", plain_only=True,
    frm=("Christine Ducrettet", "comptabilite@vernier-hydraulique.fr"), to=[MAELLE],
    date="2027-01-22 15:05:33", tz=PARIS,
    subject="Virement acompte facture MGE-2027-003",
    body="""\
Bonjour,

Nous vous confirmons le virement ce jour de 2 340,00 € TTC, correspondant à votre facture n° MGE-2027-003 (acompte de 30 % – séminaire annuel).

Merci de bien vouloir nous adresser désormais vos factures à comptabilite@vernier-hydraulique.fr plutôt qu’à M. Vernier directement.

Cordialement,

Christine Ducrettet
Service comptabilité – Vernier Hydraulique SAS""",
)

case(
    id="k048", contract=D, lang="fr", used={"lieux": 0, "programme": 2, "inscriptions": 1},
    today="2027-04-26",
    verdict="not_a_request",
    note="Réponse automatique d'absence (Auto-Submitted: auto-replied) : elle oriente vers Paul et la "
         "comptabilité, sans demander de travail.",
    style="outlook_autoreply", charset="iso-8859-1", frm=SANDRINE, to=[MAELLE],
    date="2027-04-26 08:00:04", tz=PARIS,
    in_reply_to="<A51C03E2-6B7F-4D0E-9C3A-2E8F1B7D4C60@giraud-evenements.fr>",
    thread_topic="Liste des inscrits au 23 avril",
    subject="Réponse automatique : Liste des inscrits au 23 avril",
    body="""\
Bonjour,

Je suis en congés jusqu'au lundi 3 mai inclus, sans accès à ma messagerie.

Pour toute question concernant le séminaire de juin, vous pouvez joindre Paul Vernier (paul.vernier@vernier-hydraulique.fr). Pour les questions de paie, merci de contacter le service comptabilité.

Cordialement,
Sandrine Colas""",
)
