"""Senders and recipients used by the heldout19 cases."""
from mailgen import Person

PAR = "Europe/Paris"        # Loiret, Biarritz, Grasse
AKL = "Pacific/Auckland"    # Wellington

# ----------------------------------------------------------------- providers
MAELLE = Person("Maëlle Guérin", "maelle@abeilles-territoires.fr", "thunderbird", "fr", PAR,
                "Maëlle Guérin\nAbeilles & Territoires - apicultrice-conseil, ruchers d'entreprise\n"
                "Ménestreau-en-Villette (45)\n06 72 18 44 09")
MARA = Person("Mara Hollis", "mara@hollispuzzleworks.co.nz", "gmail", "en-GB", AKL,
              "Mara Hollis\nHollis Puzzle Works | escape rooms & puzzle design\nWellington | 021 555 3170")
CAPUCINE = Person("Capucine Aubanel", "capucine@atelier-aubanel.fr", "applemail", "fr", PAR,
                  "Capucine Aubanel\nAtelier Aubanel - parfums sur mesure\n12 traverse des Jasmins, 06130 Grasse")

# ----------------------------------------------------------------- HA: Hurel Logistique (Saint-Cyr-en-Val, Loiret)
SIG_CLAIRE = ("Claire Vannier\nResponsable RSE & Qualité\nHurel Logistique SAS - Plateforme de Saint-Cyr-en-Val\n"
              "410 rue des Chênes Verts, 45590 Saint-Cyr-en-Val\nTél. 02 38 55 61 20")
CLAIRE = Person("Claire Vannier", "claire.vannier@hurel-logistique.fr", "outlook", "fr", PAR, SIG_CLAIRE,
                charset="windows-1252")
CLAIRE_IPHONE = Person("Claire Vannier", "claire.vannier@hurel-logistique.fr", "iphone", "fr", PAR,
                       "Envoyé de mon iPhone")
SIG_GARETH = "Gareth Pryce\nSite Manager | Hurel Logistique SAS\nPlateforme de Saint-Cyr-en-Val\nM +33 6 31 48 92 07"
GARETH = Person("Gareth Pryce", "gareth.pryce@hurel-logistique.fr", "outlook", "en-GB", PAR, SIG_GARETH,
                charset="utf-8", cte="quoted-printable")
GARETH_IPHONE = Person("Gareth Pryce", "gareth.pryce@hurel-logistique.fr", "iphone", "en-GB", PAR,
                       "Sent from my iPhone")
# the ERP's payment notices (Sage-style), raw 8-bit iso-8859-1
COMPTA = Person("Comptabilite Fournisseurs", "compta.fournisseurs@hurel-logistique.fr", "plain", "fr", PAR, "",
                charset="iso-8859-1")
CSE = Person("CSE Hurel Saint-Cyr", "cse.hurel.stcyr@gmail.com", "gmail", "fr", PAR,
             "Sandrine Lopez\nSecrétaire du CSE - Hurel Logistique, plateforme de Saint-Cyr-en-Val")
SIG_THOMAS = ("Thomas Bichet\nDirecteur de site\nHurel Logistique SAS - Plateforme de Saint-Cyr-en-Val\n"
              "Tél. 02 38 55 61 00 - Port. 06 84 20 37 15")
# the company's Microsoft 365 directory shows him as "Thomas BICHET"
THOMAS = Person("Thomas BICHET", "thomas.bichet@hurel-logistique.fr", "outlook", "fr", PAR, SIG_THOMAS,
                charset="iso-8859-1")

# ----------------------------------------------------------------- HB: Foxglove Escapes (Te Aro, Wellington)
SIG_PRIYA = ("Priya Raman\nCo-owner, Foxglove Escapes\n88 Ghuznee Street, Te Aro, Wellington 6011\n"
             "04 555 2871 | foxgloveescapes.co.nz")
PRIYA = Person("Priya Raman", "priya@foxgloveescapes.co.nz", "gmail", "en-GB", AKL, SIG_PRIYA)
HAMISH = Person("Hamish Duthie", "hamish@foxgloveescapes.co.nz", "applemail", "en-GB", AKL,
                "Hamish Duthie\nFoxglove Escapes | build & operations\n021 555 9043")
ELODIE = Person("Élodie Marchetti", "elodie.marchetti.nz@gmail.com", "gmail", "fr", AKL, "")
ELODIE_IPHONE = Person("Élodie Marchetti", "elodie.marchetti.nz@gmail.com", "iphone", "fr", AKL,
                       "Envoyé de mon iPhone")
DEV = Person("Dev Patel", "dev@sparkbox.co.nz", "gmail", "en-GB", AKL, "")

# ----------------------------------------------------------------- HC: Villa Oyana (Biarritz)
SIG_FIONA = ("Fiona Ashcombe\nOwner & Managing Director\nVilla Oyana, hotel & spa\n"
             "14 avenue de l'Impératrice, 64200 Biarritz\n+33 5 59 55 40 12")
FIONA = Person("Fiona Ashcombe", "fiona.ashcombe@villa-oyana.fr", "outlook", "en-GB", PAR, SIG_FIONA,
               charset="utf-8", cte="base64")
FIONA_IPHONE = Person("Fiona Ashcombe", "fiona.ashcombe@villa-oyana.fr", "iphone", "en-GB", PAR,
                      "Sent from my iPhone")
SIG_INAKI = "Iñaki Etxeberria\nDirecteur général\nVilla Oyana - hôtel & spa\n05 59 55 40 12"
INAKI = Person("Iñaki Etxeberria", "inaki.etxeberria@villa-oyana.fr", "outlook", "fr", PAR, SIG_INAKI,
               charset="iso-8859-1")
INAKI_IPHONE = Person("Iñaki Etxeberria", "inaki.etxeberria@villa-oyana.fr", "iphone", "fr", PAR,
                      "Envoyé de mon iPhone")
SIG_CORALIE = "Coralie Dastugue\nResponsable du spa\nVilla Oyana - hôtel & spa\n05 59 55 40 18"
CORALIE = Person("Coralie Dastugue", "spa@villa-oyana.fr", "outlook", "fr", PAR, SIG_CORALIE,
                 charset="iso-8859-1")
ARRIETA = Person("Jon Arrieta", "j.arrieta@arrieta-architectes.fr", "outlook", "fr", PAR, "")
