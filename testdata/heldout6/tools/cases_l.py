"""Contract L: Agathe Morel Relations Presse x Château Lescombes (relations presse, French, EUR)."""
from mailgen import Msg, Quote
from people import *

K = "amrp-lescombes-presse"

Q_CP1 = Quote(AGATHE, (2027, 1, 27, 18, 2, 30), to=[HELENE], cc=[BRUNO],
              subject="Communiqué millésime 2025 - première version", body="""\
Bonjour Hélène,

Voici la première version du communiqué sur la sortie du millésime 2025 (une page, Word et PDF). J'ai repris vos notes de dégustation et la citation de votre père sur les vendanges.

Deux tours de relecture sont prévus sur chaque communiqué. Si vous souhaitez un troisième communiqué pour les primeurs, je vous ferai une proposition à part.

Belle soirée,
Agathe""")

Q_DOSSIER_V2 = Quote(AGATHE, (2027, 2, 12, 10, 15), to=[BRUNO, HELENE],
                     subject="Dossier de presse Lescombes - V2", body="""\
Bonjour Bruno, bonjour Hélène,

Voici la V2 du dossier de presse intégrant vos retours : frise historique corrigée, fiches techniques mises à jour, portrait de l'équipe.

Le tour de retouches prévu au contrat sur le dossier est ainsi utilisé ; je reste bien sûr disponible pour les coquilles éventuelles.

Agathe""")

CASES = []


def case(**kw):
    CASES.append(kw)


# l001 -------------------------------------------------------------------------
case(id="l001", contract=K, lang="fr", verdict="in_scope", state={},
     note="Hélène transmet les éléments (notes de dégustation, chiffres de la récolte, citation) pour le communiqué du millésime : apport du client pour un livrable prévu.",
     msg=Msg("l001", HELENE, [AGATHE], (2027, 1, 14, 11, 27, 9), "Éléments pour le communiqué millésime 2025", """\
Bonjour Agathe,

Comme promis lors de notre rendez-vous au chai, voici de quoi nourrir le premier communiqué :

- les notes de dégustation du 2025 rédigées par notre maître de chai (fichier joint dans le Drive) ;
- la récolte : 38 hl/ha, vendanges du 16 septembre au 2 octobre, 80 % merlot, 20 % cabernet franc ;
- une citation de mon père sur cette année « de patience », à raccourcir si besoin.

Les photos du chai et des vendanges sont dans le même dossier, libres de droits.

Bien à vous,
Hélène"""))

# l002 -------------------------------------------------------------------------
case(id="l002", contract=K, lang="fr", verdict="in_scope", state={"communiques": 1},
     note="Bruno demande où en est le dossier de presse et confirme la date du 19 février prévue au contrat : question sur la livraison d'un livrable couvert, sans avancer la date.",
     msg=Msg("l002", BRUNO, [AGATHE], (2027, 2, 5, 8, 41, 52), "Dossier de presse - calendrier", """\
Bonjour Agathe,

Je prépare mon planning de rendez-vous avec les cavistes parisiens pour la fin février.

Pouvez-vous me confirmer que le dossier de presse sera bien prêt pour le 19 février comme convenu ? J'aimerais en avoir quelques exemplaires PDF à envoyer avant mes visites.

Merci et bonne journée,
Bruno Faure"""))

# l003 -------------------------------------------------------------------------
case(id="l003", contract=K, lang="fr", verdict="revision", deliverable="communiques", state={"communiques": 1},
     note="Retouches sur le communiqué du millésime (titre, superlatifs, ordre des paragraphes) alors qu'un seul des 2 tours prévus sur les communiqués est consommé ; le troisième communiqué n'est évoqué que dans la citation.",
     msg=Msg("l003", HELENE_IPHONE, [AGATHE], (2027, 1, 29, 7, 54, 16), "Re: Communiqué millésime 2025 - première version", """\
Bonjour Agathe,

Relu ce matin avec Bruno, on y est presque. Quelques points :
- le titre : on préférerait mettre « patience » en avant plutôt que « grand millésime », qui fait un peu trop publicité
- enlever « exceptionnel » et « unique », les journalistes vont lever les yeux au ciel
- passer le paragraphe sur le cabernet franc avant celui sur l'équipe

Le reste nous plaît beaucoup.
Hélène""", quote=Q_CP1))

# l004 -------------------------------------------------------------------------
case(id="l004", contract=K, lang="fr", verdict="revision_over_limit", deliverable="dossier",
     state={"communiques": 1, "dossier": 1},
     note="Nouvelles retouches sur le dossier de presse (photos, carte, ordre des fiches) alors que son unique tour de retouches est consommé ; « quelques ajustements » ne relève pas des coquilles.",
     msg=Msg("l004", BRUNO_1252, [AGATHE], (2027, 2, 15, 17, 48, 33), "RE: Dossier de presse Lescombes - V2", """\
Bonjour Agathe,

Merci pour la V2. En la feuilletant avec Hélène, on voudrait encore quelques ajustements :
– remplacer la photo des barriques page 4 par celle de la cuverie béton, plus « nous » ;
– refaire la carte de l’appellation page 3 : on ne voit pas où se situe le domaine ;
– mettre la fiche du second vin avant celle du grand vin.

Ce n’est pas grand-chose, je pense que ça peut se faire dans la journée.

Cordialement,""", cc=[HELENE], quote=Q_DOSSIER_V2))

# l005 -------------------------------------------------------------------------
case(id="l005", contract=K, lang="fr", verdict="out_of_scope", state={"communiques": 2, "dossier": 0},
     note="Contacter une créatrice de vidéos de dégustation suivie par 80 000 abonnés, lui envoyer des bouteilles et négocier une publication payée relève de l'exclusion « Réseaux sociaux et influenceurs », décrite sans ses mots-clés.",
     msg=Msg("l005", HELENE, [AGATHE], (2027, 2, 8, 14, 9, 44), "Une idée pour l'ouverture du chai", """\
Bonjour Agathe,

Ma fille m'a fait découvrir une jeune femme qui publie des vidéos de dégustation très suivies (près de 80 000 abonnés, beaucoup de trentenaires bordelais). Elle a l'air de bien connaître le vin et son ton est frais.

Pourriez-vous la contacter de notre part, lui faire porter une caisse de 2025 et voir à quel tarif elle accepterait de tourner une vidéo au domaine pour l'ouverture du chai ? Vous avez l'habitude de ce genre de négociation, moi pas du tout.

Merci !
Hélène""", sig_after_quote=False))

# l006 -------------------------------------------------------------------------
case(id="l006", contract=K, lang="en", verdict="out_of_scope", state={"communiques": 2, "dossier": 1},
     note="Organiser la venue de quatre journalistes britanniques au domaine (programme, transferts, dîner) est un voyage de presse, absent des livrables et prévu à la grille tarifaire (par journée).",
     msg=Msg("l006", MEGAN, [AGATHE], (2027, 2, 22, 10, 36, 20), "UK journalists in May", """\
Dear Agathe,

I'm Megan, I look after the UK and Irish markets for Château Lescombes. Hélène passed on your details.

Our London importer has four wine writers interested in coming to Saint-Émilion in the week of 17 May. Could you put together the programme for their two days with us: airport pick-up in Bordeaux, tasting in the cellar, lunch with Hélène, a visit to two neighbouring estates and the hotel bookings? Ideally you would also be there to host them.

Happy to jump on a call to discuss.

Best wishes,
Megan""", cc=[HELENE]))

# l007 -------------------------------------------------------------------------
case(id="l007", contract=K, lang="fr", verdict="not_a_request", state={"communiques": 2, "dossier": 1},
     note="Remerciements après la diffusion du communiqué et la première retombée ; aucune demande de travail, la proposition d'un communiqué supplémentaire ne figure que dans le message cité.",
     msg=Msg("l007", HELENE_IPHONE, [AGATHE], (2027, 3, 4, 19, 11, 6), "Re: Diffusion du communiqué - premiers retours", """\
Agathe, un immense merci !

Le journaliste de Sud Ouest a appelé cet après-midi, il passe au domaine jeudi prochain. Papa est aux anges.

Bonne soirée à vous
Hélène""", bom=True, quote=Quote(AGATHE, (2027, 3, 4, 12, 30), to=[HELENE], subject="Diffusion du communiqué - premiers retours", body="""\
Bonjour Hélène,

Le communiqué du millésime est parti mardi vers les 80 contacts du fichier ; les relances téléphoniques sont faites. Sud Ouest et Terre de Vins se sont montrés intéressés.

Si vous le souhaitez, nous pourrions ajouter un communiqué pour la fête des vendanges, sur devis.

Agathe""")))

# l008 -------------------------------------------------------------------------
case(id="l008", contract=K, lang="fr", verdict="not_a_request", state={"communiques": 1, "dossier": 1},
     note="Avis de virement automatique du service comptable pour l'acompte couvrant le dossier de presse : aucune demande de travail.",
     msg=Msg("l008", COMPTA_LESCOMBES, [AGATHE], (2027, 2, 26, 6, 30, 0), "Avis de virement - facture AMRP-2027-004", """\
Madame,

Nous vous informons qu'un virement de 1 860,00 EUR a été émis ce jour en règlement de votre facture AMRP-2027-004 (acompte 50 % - communiqués et dossier de presse).

Référence de l'opération : VIR-SCEA-0226-118
Date de valeur : 01/03/2027

Ce message est envoyé automatiquement, merci de ne pas y répondre.

Château Lescombes SCEA - Service comptabilité""", charset="iso-8859-1", cte="8bit",
             extra_headers=["X-Mailer: Sage 100 Notifications", "Auto-Submitted: auto-generated"]))
