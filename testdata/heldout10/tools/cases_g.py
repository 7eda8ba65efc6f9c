"""Contract G: Sous-titres Lemaire x Productions Boréale (French-to-English subtitler for a documentary producer,
French contract, CAD, Québec; the producer and the director write in Québec French, the distribution
coordinator and the Toronto post-production supervisor in English)."""
from mailgen import Msg, Quote, Person, Attachment
import attachments as att
from people import *

K = "lemaire-boreale-soustitrage"

Q_BA = Quote(AUDREY, (2027, 2, 1, 15, 10, 22), to=[DANIEL], cc=[GENEVIEVE], subject="Sous-titres bande-annonce et teaser",
             body="""\
Hi Daniel,

Here are the English subtitles for the trailer (2:10) and the teaser (0:30), as .srt files, spotted on the versions Geneviève sent me on January 27.

One round of changes is included for the two trailers, so send me all your notes together.

Audrey""")

Q_FILM_V1 = Quote(AUDREY, (2027, 2, 22, 18, 30, 47), to=[GENEVIEVE, SOPHIE], subject="Les Gardiens du fleuve - sous-titres anglais v1",
                  body="""\
Bonjour Geneviève, bonjour Sophie,

Voici la première version des sous-titres anglais du film (fichier .srt et PDF de relecture avec les codes temporels). 1 184 sous-titres au total, 42 caractères par ligne au maximum.

Deux tours de corrections sont prévus : regroupez vos remarques dans un seul courriel par tour, idéalement avec les codes temporels.

Audrey""")

Q_FILM_V3 = Quote(AUDREY, (2027, 3, 9, 17, 2, 10), to=[GENEVIEVE, SOPHIE], subject="Re: Sous-titres v2 - dernières corrections",
                  body="""\
Bonjour à vous deux,

Voici la version 3 des sous-titres, avec les corrections de Sophie sur les scènes du quai et de la Côte-du-Sud.

C'était votre deuxième et dernier tour de corrections : cette version est la version définitive, que je livre en .srt et .stl à Northreel d'ici vendredi.

Audrey""")

Q_LISTE = Quote(AUDREY, (2027, 3, 15, 10, 12, 0), to=[MARK], cc=[GENEVIEVE], subject="Dialogue list - Les Gardiens du fleuve",
                body="""\
Hi Mark,

Attached is the dialogue and subtitle list (PDF, 64 pages): French dialogue and English subtitles side by side, with in and out timecodes from 00:00:00:00.

Audrey""")

HOTDOCS = Person("Deliverables Desk", "deliverables@hotdocsfest.example", "outlook", "en-US", MTL)
Q_HOTDOCS = Quote(HOTDOCS, (2027, 3, 16, 16, 40, 0), to=[MARK], subject="Les Gardiens du fleuve - deliverables check",
                  body="""\
Hello Mark,

Thank you for the screening materials for LES GARDIENS DU FLEUVE. Everything is in order except the dialogue list:

- timecodes must match the screening file, which starts at 01:00:00:00 (the list starts at 00:00:00:00);
- please add a column identifying the speaker for each line.

Please send the corrected list by March 24.

Deliverables Desk""", forward=True)

CASES = []


def case(**kw):
    CASES.append(kw)


# g001 -------------------------------------------------------------------------
case(id="g001", contract=K, lang="fr", verdict="in_scope", state={},
     note="Geneviève envoie le lien du montage verrouillé, la transcription et un lexique des noms propres, et demande si la livraison du 12 mars tient : apport du client et question de délai sur un livrable prévu.",
     msg=Msg("g001", GENEVIEVE, [AUDREY], (2027, 1, 20, 14, 5, 39), "Les Gardiens du fleuve : montage, transcription et lexique", """\
Bonjour Audrey,

Ravie qu'on travaille ensemble sur ce film-là! Comme convenu, voici de quoi commencer :

- le lien vers le montage verrouillé (92 min, générique compris) : https://vimeo.com/boreale/gardiens-lock, mot de passe envoyé par texto ;
- la transcription française, dans le Drive partagé ;
- un petit lexique en pièce jointe avec les noms des pêcheurs, des îles et des bateaux, et quelques expressions de la Côte-du-Sud que Sophie tient à garder telles quelles.

Pour ta planification : les bandes-annonces arrivent dans une semaine environ. On vise toujours Hot Docs, dont la date limite est le 26 mars.

La livraison des sous-titres du film le 12 mars tient toujours de ton côté?

Merci et bonne journée,
Geneviève""", attachments=[Attachment("Lexique_Gardiens_du_fleuve.docx",
                                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                    att.docx(["Lexique - Les Gardiens du fleuve",
                                              "Roger Pelletier (« Mononc' Roger »), pêcheur d'anguilles, Kamouraska",
                                              "L'Isle-aux-Grues, Île aux Coudres : garder les noms en français",
                                              "« la fascine » : piège à anguilles en bois (eel weir)"]))]))

# g002 -------------------------------------------------------------------------
case(id="g002", contract=K, lang="en", verdict="in_scope", state={"film": 2, "bandes-annonces": 1},
     note="Mark asks for the final .srt and .stl files of the film on the post house's server and a frame-rate confirmation: a request for contracted files and a question about them.",
     msg=Msg("g002", MARK, [AUDREY], (2027, 3, 10, 11, 18, 52), "Subtitle files for the conform", """\
Hi Audrey,

Mark from Northreel here, I'm supervising the post on Les Gardiens du fleuve. We're doing the subtitle conform and the QC pass next Tuesday.

Could you upload the final .srt and .stl of the feature to our Aspera drop folder by Friday? Link: https://transfer.northreelpost.com/drop/boreale-gdf

Also, can you confirm you spotted at 23.976 fps and tell me your maximum characters per line? Our QC operator likes to have both on the job sheet.

Thanks,
Mark""", cc=[GENEVIEVE]))

# g003 -------------------------------------------------------------------------
case(id="g003", contract=K, lang="fr", verdict="revision", deliverable="film", state={"bandes-annonces": 1, "film": 0},
     note="La réalisatrice envoie ses corrections sur la première version des sous-titres du film (terme de marée, réplique trop condensée, surnom à garder) : premier des deux tours prévus.",
     msg=Msg("g003", SOPHIE, [AUDREY], (2027, 2, 25, 22, 41, 6), "Re: Les Gardiens du fleuve - sous-titres anglais v1", """\
Bonsoir Audrey,

J'ai tout regardé ce soir avec tes sous-titres, c'est vraiment beau, on entend les personnages. Mes remarques :

- 18:42 : « la marée de morte-eau », c'est « neap tide », pas « dead tide »
- 34:10 : Nicole parle de sa mère qui vendait le poisson à Rivière-du-Loup, tu as beaucoup condensé et on perd l'émotion; peux-tu garder plus de sa phrase, quitte à faire trois sous-titres?
- partout : garde « Mononc' Roger » au lieu de « Uncle Roger », c'est son nom pour tout le village
- 1:21:05 : le dernier sous-titre reste trop peu de temps, on n'a pas le temps de le lire

Geneviève est d'accord avec tout ça.

Sophie""", quote=Q_FILM_V1, bom=True))

# g004 -------------------------------------------------------------------------
case(id="g004", contract=K, lang="en", verdict="revision", deliverable="bandes-annonces", state={"bandes-annonces": 0},
     note="Daniel asks to use the film's English title in the trailer tagline and to hold the teaser's last card longer: changes to the delivered trailer subtitles, with their one round unused.",
     msg=Msg("g004", DANIEL, [AUDREY], (2027, 2, 5, 9, 47, 15), "Re: Sous-titres bande-annonce et teaser", """\
Hi Audrey,

Thanks, these read really well. Two notes from our side, and that's everything for both trailers:

1. At 1:52 in the trailer the tagline reads "Those who keep the river". The English title we're using with festivals is "The River Keepers", so could the tagline match it?
2. In the teaser, the last subtitle ("Some things the river won't give back") disappears before the title card comes up. Can you hold it until the cut to black?

Best,
Daniel""", cc=[GENEVIEVE], quote=Q_BA))

# g005 -------------------------------------------------------------------------
case(id="g005", contract=K, lang="fr", verdict="revision_over_limit", deliverable="film", state={"film": 2, "bandes-annonces": 1},
     note="Après la version définitive annoncée comme le dernier tour, Geneviève transmet encore les corrections du distributeur sur les sous-titres du film : troisième tour alors que les deux prévus sont utilisés.",
     msg=Msg("g005", GENEVIEVE, [AUDREY], (2027, 3, 11, 9, 33, 20), "Re: Sous-titres v2 - dernières corrections", """\
Bonjour Audrey,

Je sais, je sais, tu nous avais dit que la v3 était la dernière... Mais notre distributeur anglophone l'a visionnée hier et il a quelques demandes :

- il préfère « eel » à « eels » dans les scènes de la fascine quand on parle de la pêche en général;
- dans la scène de l'encan (autour de 47:30), il trouve les prix difficiles à suivre, il voudrait « $4 a pound » plutôt que « four dollars the pound »;
- il suggère d'enlever les points de suspension en fin de sous-titre, qu'il trouve trop nombreux.

Est-ce que ce serait possible avant que tu envoies les fichiers à Northreel?

Merci!
Geneviève""", quote=Q_FILM_V3, sig_after_quote=True))

# g006 -------------------------------------------------------------------------
case(id="g006", contract=K, lang="en", verdict="revision_over_limit", deliverable="liste-dialogues", state={"film": 2, "bandes-annonces": 1},
     note="Mark forwards the festival's notes and asks Audrey to re-base the timecodes and add a speaker column to the delivered dialogue list, which includes no revision round: over the limit at the first change.",
     msg=Msg("g006", MARK, [AUDREY], (2027, 3, 17, 9, 5, 40), "FW: Les Gardiens du fleuve - deliverables check", """\
Hi Audrey,

Hot Docs bounced the dialogue list, see below. Could you update it so the timecodes start at 01:00:00:00 to match our screening file, and add the speaker column they want? They need it back by the 24th.

Everything else went through QC without a single note, so nice work on the subs.

Thanks,
Mark""", cc=[GENEVIEVE], quote=Q_HOTDOCS))

# g007 -------------------------------------------------------------------------
case(id="g007", contract=K, lang="fr", verdict="out_of_scope", state={"film": 2, "bandes-annonces": 1},
     note="Geneviève demande une « version castillane » des sous-titres pour des acheteurs en Argentine et en Espagne : des sous-titres dans une autre langue que l'anglais, exclus du contrat.",
     msg=Msg("g007", GENEVIEVE, [AUDREY], (2027, 3, 30, 16, 20, 8), "Buenos Aires!", """\
Allô Audrey,

Grosse nouvelle : notre vendeur international a une touche sérieuse avec une chaîne publique de Buenos Aires, et une plateforme à Madrid est intéressée aussi. Ils veulent une copie de visionnement d'ici trois semaines.

Tu pourrais nous faire la version castillane des sous-titres, à partir de ton anglais? Tu as déjà tout le repérage, j'imagine que ça irait assez vite. Sinon, connais-tu quelqu'un?

Merci mille fois,
Geneviève"""))

# g008 -------------------------------------------------------------------------
case(id="g008", contract=K, lang="en", verdict="out_of_scope", state={"film": 2, "bandes-annonces": 1},
     note="Daniel asks Audrey to render a copy of the film with her subtitles baked into the picture and upload it for festival programmers: burning in and exporting video, which the contract excludes.",
     msg=Msg("g008", DANIEL, [AUDREY], (2027, 3, 19, 14, 2, 33), "Screener for programmers", """\
Hi Audrey,

A few programmers (Sheffield, DOXA and one in Amsterdam) want to watch the film with English subtitles before the end of the month, and their platforms don't take sidecar files.

Could you render a copy of the film with your subtitles baked into the picture and put it on our Vimeo? Northreel has the ProRes master and can share it with you today. An H.264 at 1080p is plenty.

Best,
Daniel"""))

# g009 -------------------------------------------------------------------------
case(id="g009", contract=K, lang="fr", verdict="out_of_scope", deliverable="film", state={"bandes-annonces": 1},
     note="Geneviève demande les sous-titres du film pour le 3 mars au lieu du 12 mars prévu au contrat, pour profiter du tarif réduit de Hot Docs : un délai plus court que convenu, hors périmètre.",
     msg=Msg("g009", GENEVIEVE, [AUDREY], (2027, 2, 10, 10, 48, 55), "Hot Docs - date devancée?", """\
Bonjour Audrey,

Merci encore pour les bandes-annonces, Daniel les a déjà envoyées à trois festivals.

Petite question de calendrier : Hot Docs a une date d'inscription hâtive le 5 mars, avec des frais réduits de moitié, et on aimerait bien en profiter (on a un budget de festivals très serré cette année). Penses-tu pouvoir nous livrer les sous-titres du film le mercredi 3 mars plutôt que le 12?

La date limite finale reste le 26 mars, donc si c'est impossible on déposera plus tard, ce n'est pas la fin du monde.

Geneviève""", cc=[DANIEL]))

# g010 -------------------------------------------------------------------------
case(id="g010", contract=K, lang="fr", verdict="unclear", deliverable="bandes-annonces", state={"bandes-annonces": 0},
     note="Le monteur a livré une nouvelle version plus longue de la bande-annonce avec deux nouvelles répliques : mettre à jour les sous-titres peut être une retouche de la bande-annonce prévue (un tour disponible) ou le sous-titrage d'une troisième bande-annonce, hors périmètre.",
     msg=Msg("g010", GENEVIEVE, [AUDREY], (2027, 2, 3, 13, 27, 4), "Nouvelle bande-annonce", """\
Bonjour Audrey,

Désolée, notre monteur a retravaillé la bande-annonce après une projection test : elle fait maintenant 2 min 25 au lieu de 2 min 10, l'ouverture sur le quai est différente et il a ajouté deux répliques de Roger vers la fin. Le teaser, lui, ne change pas.

Le nouveau fichier est dans le Drive (BA_Gardiens_v4.mov). Peux-tu mettre les sous-titres à jour?

Merci!
Geneviève""", cc=[DANIEL]))

# g011 -------------------------------------------------------------------------
case(id="g011", contract=K, lang="en", verdict="unclear", deliverable="film", state={"film": 1, "bandes-annonces": 1},
     note="Mark asks to add subtitles for the on-screen place-name cards, archive headlines and a handwritten letter: either completing the contracted film subtitles (a revision, one round left) or translating on-screen graphics beyond the dialogue, new work.",
     msg=Msg("g011", MARK_QP, [AUDREY], (2027, 3, 4, 15, 55, 12), "On-screen text in the feature", """\
Hi Audrey,

While prepping the conform we noticed that none of the on-screen text in the feature has English subtitles:

- the place-name cards at the start of each chapter (seven of them)
- the newspaper headlines in the archive sequences at 12:40 and 58:02
- the handwritten letter that Nicole reads silently at 1:14:20

Can you add those? We'd like to have everything in the same file before the QC pass.

Thanks,
Mark""", cc=[GENEVIEVE]))

# g012 -------------------------------------------------------------------------
case(id="g012", contract=K, lang="fr", verdict="not_a_request", state={"film": 2, "bandes-annonces": 1},
     note="Geneviève annonce la sélection du film à Hot Docs, remercie pour les sous-titres et confirme le paiement de la facture finale : remerciements et avis de paiement, aucune demande de travail.",
     msg=Msg("g012", GENEVIEVE, [AUDREY], (2027, 4, 8, 8, 12, 41), "On est à Hot Docs!!", """\
Audrey!

On vient de recevoir la lettre : Les Gardiens du fleuve est sélectionné à Hot Docs, en compétition canadienne! Première mondiale le 1er mai à Toronto.

Merci pour tes sous-titres : la programmatrice nous a écrit que c'était l'une des rares copies sous-titrées qu'elle avait regardées sans jamais décrocher. Sophie était émue aux larmes.

La facture finale (SL-2027-009, 2 604 $) est approuvée; le virement part vendredi.

On t'envoie une invitation pour la première, bien sûr.

Geneviève""", cc=[SOPHIE, DANIEL]))
