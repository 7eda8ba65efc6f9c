# Contract sources for the heldout2 corpus. build.py writes each one to contracts/<id>.toml.

CONTRACTS = {}

CONTRACTS["morvan-grillon-album"] = '''\
# Léa Morvan (illustratrice jeunesse indépendante, Rennes) x Éditions du Grillon (éditeur jeunesse, Bordeaux)
id       = "morvan-grillon-album"
client   = "Éditions du Grillon SARL"
project  = "Illustrations de l'album « Le phare de Nino »"
language = "fr"
currency = "EUR"
hourly_rate = 50.0
total    = 6900.0
signed   = 2026-10-12
deadline = 2027-03-05

[provider]
name  = "Léa Morvan Illustration"
email = "atelier@leamorvan.fr"

[client_contact]
emails  = ["camille.roux@editions-grillon.fr", "hugo.pasquier@editions-grillon.fr", "camille.roux.edl@gmail.com"]
domains = ["editions-grillon.fr"]

[[deliverables]]
id          = "personnages"
name        = "Recherches de personnages"
description = "Une planche de recherche en couleur par personnage principal (Nino, sa grand-mère Maëva, le chat Goémon) : silhouettes, expressions, tenues. Livrées en PDF."
quantity    = 3
unit        = "personnage"
revisions   = 2
keywords    = ["personnage", "personnages", "recherches", "planche de recherche", "character design"]

[[deliverables]]
id          = "crayonnes"
name        = "Crayonnés"
description = "Crayonnés au trait des 14 doubles pages intérieures, calés sur le chemin de fer et le texte fournis par l'éditeur, livrés en PDF basse définition au plus tard le 8 janvier 2027."
quantity    = 14
unit        = "double page"
revisions   = 1
keywords    = ["crayonné", "crayonnés", "esquisse", "esquisses", "storyboard"]

[[deliverables]]
id          = "illustrations"
name        = "Illustrations couleur"
description = "Mise en couleur (gouache numérique) des 14 doubles pages validées en crayonné. Fichiers TIFF 300 dpi CMJN au format 48 × 24 cm avec 5 mm de fonds perdus, livrés au plus tard le 5 mars 2027."
quantity    = 14
unit        = "double page"
revisions   = 1
keywords    = ["illustration", "illustrations", "couleur", "mise en couleur", "double page", "doubles pages", "TIFF"]

[[deliverables]]
id          = "couverture"
name        = "Couverture"
description = "Illustration de première de couverture et vignette de quatrième, avec une réserve pour le titre : deux pistes en crayonné, puis la piste retenue en couleur."
quantity    = 1
unit        = "couverture"
revisions   = 2
keywords    = ["couverture", "première de couverture", "quatrième de couverture", "couv", "vignette"]

[[exclusions]]
name        = "Mise en page et lettrage"
description = "Mise en page intérieure, composition du texte, choix des typographies, lettrage ou titre dessiné, préparation des fichiers pour l'imprimeur : assurés par le studio graphique de l'éditeur."
keywords    = ["mise en page", "maquette", "typographie", "lettrage", "titre dessiné", "composition"]
estimate_hours = 14

[[exclusions]]
name        = "Supports promotionnels"
description = "Illustrations ou déclinaisons pour la promotion de l'album : affiches, marque-pages, kakémonos de salon, visuels pour les réseaux sociaux, coloriages."
keywords    = ["affiche", "marque-page", "kakémono", "réseaux sociaux", "promotion", "coloriage", "goodies"]
estimate_hours = 8

[[exclusions]]
name        = "Animation"
description = "Animation des illustrations, booktrailer, GIF ou vidéo."
keywords    = ["animation", "animé", "booktrailer", "vidéo", "gif"]
estimate_hours = 20

[[rates]]
name  = "Double page illustrée supplémentaire (crayonné et couleur)"
price = 420.0

[[rates]]
name  = "Tour de retouches supplémentaire"
price = 110.0

[[rates]]
name  = "Planche de recherche pour un personnage supplémentaire"
price = 180.0

[[rates]]
name  = "Vignette intérieure supplémentaire (page de titre, pages de garde, cul-de-lampe)"
price = 90.0
'''

CONTRACTS["northstar-bloombalance-obm"] = '''\
# Northstar Ops (Priya Raman, online business manager, Chicago) x Bloom & Balance Coaching LLC (Jenna Marsh, life coach, Denver)
id       = "northstar-bloombalance-obm"
client   = "Bloom & Balance Coaching LLC"
project  = "Online business management, January to March 2027"
language = "en"
currency = "USD"
hourly_rate = 48.0
total    = 5400.0
signed   = 2026-12-07
deadline = 2027-03-31

[provider]
name  = "Northstar Ops"
email = "priya@northstarops.co"

[client_contact]
emails  = ["jenna@bloomandbalance.coach", "jennamarsh.coaching@gmail.com"]
domains = ["bloomandbalance.coach"]

[[deliverables]]
id          = "inbox"
name        = "Inbox and client support"
description = "Weekday triage of hello@bloomandbalance.coach: filing, replies to routine questions using the approved canned responses, urgent items flagged to Jenna on Slack the same day."
quantity    = 1
unit        = "inbox"
revisions   = 0
keywords    = ["inbox", "email triage", "hello@", "canned responses", "support emails"]

[[deliverables]]
id          = "calendar"
name        = "Calendar and call scheduling"
description = "Management of Jenna's Google Calendar and Calendly: booking and rescheduling discovery calls and 1:1 coaching sessions, reminders, no-show follow-up."
quantity    = 1
unit        = "calendar"
revisions   = 0
keywords    = ["calendar", "calendly", "discovery call", "booking", "reschedule", "1:1"]

[[deliverables]]
id          = "sops"
name        = "SOP library"
description = "Eight standard operating procedures documented in Notion (client onboarding, offboarding, refunds, podcast guest prep, newsletter send, and three more chosen with Jenna), each with a checklist and a Loom walkthrough, delivered by January 29, 2027."
quantity    = 8
unit        = "SOP"
revisions   = 2
keywords    = ["SOP", "SOPs", "procedure", "Notion", "checklist", "Loom"]

[[deliverables]]
id          = "onboarding"
name        = "Client onboarding workflow"
description = "Set-up of the 1:1 coaching onboarding in Dubsado: proposal, contract, first invoice, intake questionnaire and a 3-email welcome sequence, using Jenna's existing wording."
quantity    = 1
unit        = "workflow"
revisions   = 1
keywords    = ["onboarding", "dubsado", "intake", "questionnaire", "welcome sequence", "welcome email"]

[[deliverables]]
id          = "newsletter"
name        = "Weekly newsletter production"
description = "One branded Flodesk template, then formatting and scheduling of 12 weekly issues (sent on Tuesdays) from copy Jenna supplies by the Friday before. One round of changes on the template is included."
quantity    = 12
unit        = "issue"
revisions   = 1
keywords    = ["newsletter", "flodesk", "template", "issue"]

[[exclusions]]
name        = "Social media management"
description = "Creating, scheduling or posting content on Instagram, Facebook, LinkedIn or TikTok, and answering comments or direct messages there."
keywords    = ["social media", "instagram", "facebook", "linkedin", "tiktok", "dms", "posting"]
estimate_hours = 10

[[exclusions]]
name        = "Bookkeeping"
description = "Bookkeeping, categorising income and expenses, reconciliations, sales tax and payroll; handled by Jenna's accountant."
keywords    = ["bookkeeping", "quickbooks", "reconcile", "reconciliation", "expenses", "taxes", "payroll"]
estimate_hours = 6

[[exclusions]]
name        = "Copywriting"
description = "Writing newsletter, sales-page, blog or course content; Jenna supplies all copy."
keywords    = ["copywriting", "write the newsletter", "sales page", "blog post", "write copy"]
estimate_hours = 5

[[rates]]
name  = "Additional hour of support"
price = 48.0

[[rates]]
name  = "Additional SOP"
price = 95.0

[[rates]]
name  = "Additional revision round"
price = 70.0

[[rates]]
name  = "Travel booking (flights and accommodation, per trip)"
price = 60.0
'''

CONTRACTS["kovac-tallyo-ux"] = '''\
# Mira Kovač (freelance UX/UI designer, Berlin) x Tallyo GmbH (invoicing SaaS for tradespeople, Berlin)
id       = "kovac-tallyo-ux"
client   = "Tallyo GmbH"
project  = "Onboarding and dashboard redesign"
language = "en"
currency = "EUR"
hourly_rate = 85.0
total    = 14200.0
signed   = 2026-10-05
deadline = 2027-01-29

[provider]
name  = "Mira Kovač UX"
email = "hello@mirakovac.design"

[client_contact]
emails  = ["jonas.weber@tallyo.io", "sara.lindqvist@tallyo.io"]
domains = ["tallyo.io"]

[[deliverables]]
id          = "research"
name        = "User research"
description = "Six remote interviews (45 minutes) with existing Tallyo customers recruited by Tallyo, followed by a synthesis report (PDF): key findings, two personas, onboarding journey map."
quantity    = 6
unit        = "interview"
revisions   = 1
keywords    = ["interview", "interviews", "user research", "synthesis", "persona", "personas", "journey map"]

[[deliverables]]
id          = "wireframes"
name        = "Wireframes"
description = "Low-fidelity Figma wireframes for up to 10 screens: sign-up, company set-up (3 steps), bank connection, first invoice, invoice list, invoice editor, client list and the main dashboard."
quantity    = 10
unit        = "screen"
revisions   = 2
keywords    = ["wireframe", "wireframes", "wires", "low-fi", "flow"]

[[deliverables]]
id          = "ui"
name        = "High-fidelity UI and prototype"
description = "High-fidelity Figma designs of the same 10 screens for desktop web (1440 px), with a clickable prototype of the onboarding flow, delivered by 8 January 2027."
quantity    = 10
unit        = "screen"
revisions   = 2
keywords    = ["UI", "hi-fi", "high-fidelity", "mockup", "visual design", "prototype", "screens"]

[[deliverables]]
id          = "ui-kit"
name        = "UI kit"
description = "Figma component library covering the components used in the 10 screens (buttons, inputs, tables, navigation, alerts, status chips), with colour and text styles."
quantity    = 1
unit        = "library"
revisions   = 1
keywords    = ["ui kit", "component", "components", "design system", "library", "styles"]

[[deliverables]]
id          = "handoff"
name        = "Developer handoff"
description = "One 90-minute walkthrough with Tallyo's developers and annotated Figma specs (spacing, states, interactions)."
quantity    = 1
unit        = "session"
revisions   = 0
keywords    = ["handoff", "hand-off", "specs", "annotations", "walkthrough", "dev mode"]

[[exclusions]]
name        = "Front-end development"
description = "Writing production code (HTML, CSS, React components), implementation or QA of the designs in Tallyo's codebase."
keywords    = ["front-end", "frontend", "code", "react", "html", "css", "implementation"]
estimate_hours = 60

[[exclusions]]
name        = "Mobile and tablet layouts"
description = "Designs for the iOS or Android apps, or for mobile and tablet breakpoints of the web app; the scope is desktop web only."
keywords    = ["mobile", "mobile app", "ios", "android", "tablet", "responsive"]
estimate_hours = 24

[[exclusions]]
name        = "Marketing website and brand"
description = "Landing pages, the marketing website, logo or brand identity work."
keywords    = ["landing page", "marketing site", "website", "logo", "branding", "rebrand"]
estimate_hours = 30

[[rates]]
name  = "Additional screen (wireframe and UI)"
price = 340.0

[[rates]]
name  = "Additional revision round"
price = 290.0

[[rates]]
name  = "Additional user interview (including synthesis update)"
price = 210.0

[[rates]]
name  = "Unmoderated usability test (5 participants, short report)"
price = 1100.0
'''

CONTRACTS["giraud-vernier-seminaire"] = '''\
# Maëlle Giraud (organisatrice d'événements indépendante, Annecy) x Vernier Hydraulique SAS (PME industrielle, 85 salariés, Cluses)
id       = "giraud-vernier-seminaire"
client   = "Vernier Hydraulique SAS"
project  = "Séminaire annuel 2027 (2 jours, 60 participants)"
language = "fr"
currency = "EUR"
hourly_rate = 60.0
total    = 7800.0
signed   = 2027-01-11
deadline = 2027-06-11

[provider]
name  = "Maëlle Giraud Événements"
email = "maelle@giraud-evenements.fr"

[client_contact]
emails  = ["sandrine.colas@vernier-hydraulique.fr", "paul.vernier@vernier-hydraulique.fr", "sandrine.colas74@orange.fr"]
domains = ["vernier-hydraulique.fr"]

[[deliverables]]
id          = "lieux"
name        = "Recherche de lieux"
description = "Présélection de 3 lieux en Haute-Savoie pouvant accueillir 60 personnes sur deux jours avec hébergement sur place ; dossier comparatif (capacité, salles, tarifs, disponibilités) livré au plus tard le 12 février 2027, puis réservation du lieu retenu."
quantity    = 3
unit        = "lieu"
revisions   = 1
keywords    = ["lieu", "lieux", "salle", "domaine", "dossier comparatif", "présélection", "repérage"]

[[deliverables]]
id          = "programme"
name        = "Programme du séminaire"
description = "Déroulé détaillé des deux journées (plénières, ateliers, activité de cohésion, repas, soirée) en document PDF, avec le planning heure par heure."
quantity    = 1
unit        = "programme"
revisions   = 2
keywords    = ["programme", "déroulé", "planning", "ateliers", "activité", "soirée"]

[[deliverables]]
id          = "inscriptions"
name        = "Invitations et inscriptions"
description = "Invitation e-mail aux couleurs de Vernier Hydraulique, formulaire d'inscription en ligne (présence, régime alimentaire, chambre), deux relances, liste définitive des 60 participants transmise au lieu."
quantity    = 60
unit        = "participant"
revisions   = 1
keywords    = ["invitation", "invitations", "inscription", "inscriptions", "formulaire", "relance", "participants"]

[[deliverables]]
id          = "coordination"
name        = "Coordination le jour J"
description = "Gestion des prestataires (lieu, traiteur, animation, technique) et présence de l'organisatrice sur place les 10 et 11 juin 2027."
quantity    = 2
unit        = "jour"
revisions   = 0
keywords    = ["coordination", "jour J", "sur place", "prestataires", "traiteur"]

[[exclusions]]
name        = "Transport des participants"
description = "Réservation de trains, avions, cars ou navettes, organisation du covoiturage, remboursement des frais de déplacement."
keywords    = ["transport", "train", "billets", "navette", "car", "avion", "déplacement"]
estimate_hours = 8

[[exclusions]]
name        = "Goodies et supports imprimés"
description = "Conception ou commande d'objets personnalisés, badges imprimés, kakémonos, signalétique et autres supports imprimés."
keywords    = ["goodies", "objets personnalisés", "tote bag", "badges", "kakémono", "signalétique", "impression"]
estimate_hours = 6

[[exclusions]]
name        = "Captation photo et vidéo"
description = "Photographe, vidéaste, captation ou retransmission des plénières."
keywords    = ["photographe", "photo", "vidéo", "captation", "film", "retransmission"]
estimate_hours = 4

[[rates]]
name  = "Tour de modifications supplémentaire"
price = 90.0

[[rates]]
name  = "Lieu supplémentaire dans la présélection"
price = 160.0

[[rates]]
name  = "Tranche de 10 participants supplémentaires"
price = 120.0

[[rates]]
name  = "Journée de coordination supplémentaire"
price = 600.0
'''
