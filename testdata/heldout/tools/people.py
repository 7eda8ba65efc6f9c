"""Senders and providers. tz: FR (Europe/Paris), UK (Europe/London), US (America/Chicago)."""

PEOPLE = {
    # ---------------------------------------------------------------- providers
    "lucie": dict(name="Lucie Arnaud", email="contact@lucie-arnaud-photo.fr", tz="FR",
                  sig="Lucie Arnaud\nPhotographe – portrait & reportage d'entreprise\n06 71 28 45 09 · lucie-arnaud-photo.fr"),
    "margaux": dict(name="Margaux Bell", email="hello@margauxbell-translation.co.uk", tz="UK",
                    sig="Margaux Bell\nEnglish > French translator, MITI\n+44 7700 914362 · margauxbell-translation.co.uk"),
    "juliette": dict(name="Juliette Caradec", email="juliette@caradec-redaction.fr", tz="FR",
                     sig="Juliette Caradec\nRédactrice web & conceptrice-rédactrice\n06 45 90 12 77 · caradec-redaction.fr"),
    "dana": dict(name="Dana Whitcombe", email="dana@cutlinepost.com", tz="US",
                 sig="Dana Whitcombe\nCutline Post – editing & finishing\n(512) 555-0148 · cutlinepost.com"),

    # ---------------------------------------------------------------- Delmas & Associés (photo)
    "sophie": dict(name="Sophie Delmas", email="sophie.delmas@delmas-avocats.fr", tz="FR",
                   sig="Sophie Delmas\nAvocate associée fondatrice\nDelmas & Associés Avocats\n27 cours de l'Intendance – 33000 Bordeaux\nTél. : 05 56 44 18 20"),
    "karim": dict(name="Karim Bensaïd", email="karim.bensaid@delmas-avocats.fr", tz="FR",
                  sig="Karim Bensaïd\nOffice manager\nDelmas & Associés Avocats\n27 cours de l'Intendance - 33000 Bordeaux\nTél. : 05 56 44 18 27\n\nCe message et ses pièces jointes sont confidentiels et couverts par le secret professionnel. Si vous l'avez reçu par erreur, merci de le détruire et d'en informer l'expéditeur."),
    "elsa": dict(name="Elsa Moreau", email="elsa.moreau@delmas-avocats.fr", tz="FR",
                 sig="Elsa Moreau\nResponsable communication\nDelmas & Associés Avocats\n05 56 44 18 31 – delmas-avocats.fr"),
    "elsa_perso": dict(name="Elsa Moreau", email="elsa.moreau.pro@gmail.com", tz="FR", sig=None),
    "james": dict(name="James Whitaker", email="james.whitaker@delmas-avocats.fr", tz="FR",
                  sig="James Whitaker\nAvocat associé | Partner\nDelmas & Associés Avocats\n+33 5 56 44 18 24"),
    "compta": dict(name="Delmas & Associés - Comptabilité", email="compta@delmas-avocats.fr", tz="FR",
                   sig="Service comptabilité\nDelmas & Associés Avocats\n27 cours de l'Intendance - 33000 Bordeaux"),

    # ---------------------------------------------------------------- Fellside Outdoor (translation)
    "tom": dict(name="Tom Hargreaves", email="tom.hargreaves@fellside-outdoor.co.uk", tz="UK",
                sig="Tom Hargreaves\nHead of E-commerce\nFellside Outdoor Ltd · Mintsfeet Road, Kendal LA9 6ND\n01539 720 418"),
    "camille": dict(name="Camille Roux", email="camille.roux@fellside-outdoor.co.uk", tz="UK",
                    sig="Camille Roux\nChargée e-commerce France\nFellside Outdoor Ltd"),
    "ecom": dict(name="Fellside E-commerce", email="ecommerce@fellside-outdoor.co.uk", tz="UK",
                 sig="Priya Nair\nE-commerce Coordinator\nFellside Outdoor Ltd | Kendal, Cumbria"),
    "accounts": dict(name="Fellside Accounts", email="accounts@fellside-outdoor.co.uk", tz="UK",
                     sig="Janet Moss\nAccounts Payable\nFellside Outdoor Ltd\nRegistered in England No. 04418260"),

    # ---------------------------------------------------------------- Brasserie du Pertuis (rédaction)
    "gaelle": dict(name="Gaëlle Fournier", email="gaelle.fournier@brasseriedupertuis.fr", tz="FR",
                   sig="Gaëlle Fournier\nCommunication & salle de dégustation\nBrasserie du Pertuis – La Rochelle\n06 22 81 47 03"),
    "yann": dict(name="Yann Le Goff", email="yann.le-goff@brasseriedupertuis.fr", tz="FR",
                 sig="Yann Le Goff\nCo-gérant - Brasserie du Pertuis\nZone du Fief Rose - 17000 La Rochelle\n05 46 31 72 90"),
    "yann_orange": dict(name="Brasserie du Pertuis", email="brasseriedupertuis@orange.fr", tz="FR",
                        sig="Yann Le Goff\nBrasserie du Pertuis"),
    "ben": dict(name="Ben Carter", email="ben.carter@brasseriedupertuis.fr", tz="FR",
                sig="Ben Carter\nHead Brewer – Brasserie du Pertuis"),

    # ---------------------------------------------------------------- Tallgrass Running (video)
    "megan": dict(name="Megan Ortiz", email="megan.ortiz@tallgrassrunning.com", tz="US",
                  sig="Megan Ortiz\nMarketing Director | Tallgrass Running Co.\n1801 S Lamar Blvd, Austin, TX 78704\ntallgrassrunning.com"),
    "megan_perso": dict(name="Megan Ortiz", email="tallgrasshalf.megan@gmail.com", tz="US", sig=None),
    "dev": dict(name="Dev Patel", email="dev.patel@tallgrassrunning.com", tz="US",
                sig="Dev Patel\nEvents & Partnerships Manager\nTallgrass Running Co.\n(512) 555-0193"),
    "news": dict(name="Tallgrass Running Co.", email="news@tallgrassrunning.com", tz="US", sig=None),
}

PROVIDER_PERSON = {
    "arnaud-delmas-photo": "lucie",
    "bell-fellside-translation": "margaux",
    "caradec-pertuis-redaction": "juliette",
    "cutline-tallgrass-video": "dana",
}
