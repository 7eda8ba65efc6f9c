"""Contract N: Inès Carvalho x Vélonomie SAS (French voice-over artist recording a brand film, video tutorials
and phone messages for an e-bike maker, French contract, EUR, Angers; the London production company writes in English)."""
from mailgen import Msg, Quote, Person, Attachment
import attachments as att
from people import *

K = "carvalho-velonomie-voixoff"

Q_FILM_V1 = Quote(INES, (2027, 2, 24, 18, 12, 0), to=[MATHILDE], cc=[OWEN], subject="Film « Roulez libre » : prises",
                  body="""\
Bonjour Mathilde,

Voici les prises du film « Roulez libre » : trois prises par phrase, en WAV 48 kHz / 24 bits, dans le dossier partagé. J'ai fait une version posée et une version plus souriante pour la dernière phrase.

Deux séances de reprises sont prévues au contrat, donc n'hésitez pas à regrouper vos retours.

Inès""")

Q_FILM_FINAL = Quote(INES, (2027, 3, 10, 11, 30, 0), to=[OWEN, MATHILDE], subject="Re: Brand film pickups",
                     body="""\
Hi Owen, bonjour Mathilde,

The second set of pickups is in the shared folder (lines 3, 5 and 7, with the slower ending). That was the second of the two included retake sessions, so this is the final recording.

Inès""")

Q_TUTOS = Quote(INES, (2027, 3, 17, 17, 45, 20), to=[BAPTISTE], subject="Tutoriels : les 8 voix",
                body="""\
Bonjour Baptiste,

Les 8 tutoriels sont enregistrés, un fichier WAV par tutoriel, dans le dossier « Tutos_v1 ». Une séance de reprises est prévue : envoyez-moi toutes vos remarques en une fois.

Inès""")

Q_STANDARD = Quote(INES, (2027, 3, 3, 9, 20, 0), to=[MATHILDE], subject="Messages du standard",
                   body="""\
Bonjour Mathilde,

Vous trouverez les 6 messages du standard en WAV et en MP3 8 kHz, prêts à être chargés chez votre opérateur.

Belle journée,
Inès""")

SANNE_FWD = Quote(SANNE, (2027, 4, 6, 10, 2, 0), to=[MATHILDE], subject="Phone line Brussels", forward=True,
                  body="""\
Hi Mathilde,

Our Brussels showroom opens on 3 May and the phone line goes live the same week. Most of our callers there will be Dutch or English speakers.

Could we reuse the voice from the French phone messages? Same six messages, just in English. Ines's English on her showreel is great.

Thanks,
Sanne""")

CASES = []


def case(**kw):
    CASES.append(kw)


# n001 -------------------------------------------------------------------------
case(id="n001", contract=K, lang="fr", verdict="in_scope", deliverable="tutos", state={"film": 0},
     note="Mathilde envoie les scripts définitifs des 8 tutoriels et des consignes de prononciation, et demande quand arriveront les enregistrements : des éléments du client et une question de calendrier sur un livrable prévu.",
     msg=Msg("n001", MATHILDE, [INES], (2027, 2, 19, 14, 8, 22), "Scripts des tutoriels", """\
Bonjour Inès,

Comme promis, voici les scripts définitifs des 8 tutoriels (entre 310 et 420 mots chacun). Quelques consignes de prononciation :

- « Vélonomie » : on appuie sur le « no », vé-lo-NO-mie
- « Bosch » se dit « boche », pas « bosse »
- les chiffres : « 625 Wh » se lit « six cent vingt-cinq wattheures »

Le ton : simple et rassurant, on parle à des gens qui n'ont jamais eu de vélo électrique. Notre salon à Angers a lieu le 28 mars, mais les tutos ne seront mis en ligne qu'après.

Pouvez-vous me dire quand vous pensez nous envoyer les enregistrements ?

Merci et bonne fin de semaine,
Mathilde""", attachments=[Attachment("Scripts_tutos_Velonomie_v4.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        att.docx(["Tutoriel 1 : recharger la batterie", "Tutoriel 2 : régler la selle"]))]))

# n002 -------------------------------------------------------------------------
case(id="n002", contract=K, lang="en", verdict="in_scope", deliverable="film", state={"film": 1},
     note="The production company picks takes for the brand film and asks for the full-resolution WAV files of those takes, which the contract includes; the picture-lock date and timecodes are context.",
     msg=Msg("n002", OWEN, [INES], (2027, 3, 4, 16, 27, 40), "Roulez libre - take selection", """\
Hi Ines,

We locked picture on the brand film this morning (1'29"12, we're delivering on 15 March). Mathilde and I went through your takes and we're going with:

- lines 1 to 4: take 2
- line 5: take 3
- line 6 and the ending: the smiling version

Could you send the 48 kHz / 24-bit WAVs of just those takes, named by line number? Our mixer starts on Monday.

Lovely work, by the way. The smiling ending made the client cry a little.

Owen""", cc=[MATHILDE]))

# n003 -------------------------------------------------------------------------
case(id="n003", contract=K, lang="fr", verdict="revision", deliverable="film", state={"film": 0},
     note="Mathilde regroupe les retours sur les prises du film (débit de la fin, un mot accentué, une liaison) : une demande de reprises sur le film, premier des deux tours prévus.",
     msg=Msg("n003", MATHILDE_QP, [INES], (2027, 2, 26, 10, 41, 5), "RE: Film « Roulez libre » : prises", """\
Bonjour Inès,

On a écouté les prises avec Owen et la direction hier : c'est très beau, merci ! Quelques reprises, tout est ici :

- la dernière phrase (« Et si demain, vous rouliez libre ? ») : encore un peu plus lente, avec un vrai silence avant « libre »
- phrase 3 : on voudrait qu'« autonomie » soit plus appuyé
- phrase 6 : pas de liaison dans « vingt kilomètres à l'heure », ça sonne un peu scolaire

Owen dit que deux ou trois prises de chaque suffisent.

Merci beaucoup,
Mathilde""", cc=[OWEN], quote=Q_FILM_V1))

# n004 -------------------------------------------------------------------------
case(id="n004", contract=K, lang="fr", verdict="revision", deliverable="tutos", state={"film": 2, "tutos": 0},
     note="Baptiste liste des corrections sur plusieurs des 8 tutoriels enregistrés (un verbe, le débit, une prononciation) en un seul message : la séance de reprises prévue pour les tutoriels, encore disponible.",
     msg=Msg("n004", BAPTISTE, [INES], (2027, 3, 22, 9, 3, 48), "Re: Tutoriels : les 8 voix", """\
Bonjour Inès,

J'ai tout écouté ce week-end avec les vidéos en face, ça colle super bien. Mes retours, en une fois comme demandé :

- tuto 3 (allumer l'écran) : il faut dire « maintenez le bouton » et pas « appuyez sur le bouton », sinon les gens font un appui court et rien ne se passe
- tuto 5 (les freins) : le passage sur les plaquettes va un peu vite, on peut ralentir ?
- tuto 7 : « Shimano » se prononce « chi-ma-no », pas « si-ma-no »

Le reste est parfait.

Baptiste""", quote=Q_TUTOS))

# n005 -------------------------------------------------------------------------
case(id="n005", contract=K, lang="en", verdict="revision_over_limit", deliverable="film", state={"film": 2, "tutos": 0},
     note="After the final recording that used both included retake sessions, the producer asks to re-record two lines of the brand film because the client changed the wording: a third round of changes to the film.",
     msg=Msg("n005", OWEN, [INES, MATHILDE], (2027, 3, 12, 14, 55, 31), "Re: Brand film pickups", """\
Hi Ines,

Sorry, I know you said that was the final one. Legal at Vélonomie has just flagged that we can't say "jusqu'à 120 km d'autonomie" any more, the new figure is 100 km, and they want "le vélo qui vous ressemble" instead of "le vélo fait pour vous" in line 4.

So could you re-record lines 2 and 4 with the new wording? Same tone as the current takes. We still need to deliver by Monday, so tomorrow would be amazing.

Thanks,
Owen""", quote=Q_FILM_FINAL))

# n006 -------------------------------------------------------------------------
case(id="n006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="standard", state={"film": 1},
     note="Mathilde demande de réenregistrer le message des horaires et de changer une formule dans les messages du standard livrés, un livrable sans tour de révision : hors limite dès la première demande.",
     msg=Msg("n006", MATHILDE, [INES], (2027, 3, 9, 15, 17, 26), "RE: Messages du standard", """\
Bonjour Inès,

Les messages sont en ligne depuis lundi, merci ! Deux petites choses :

- le service client change d'horaires au 1er avril : ce sera du lundi au vendredi de 9 h à 18 h, et non plus de 8 h 30 à 17 h 30. Pouvez-vous refaire le message des horaires ?
- dans le message d'attente, la direction préfère « notre équipe vous répond dans un instant » plutôt que « nos conseillers »

Rien d'urgent, d'ici la fin du mois c'est parfait.

Mathilde""", quote=Q_STANDARD))

# n007 -------------------------------------------------------------------------
case(id="n007", contract=K, lang="fr", verdict="out_of_scope", deliverable="film", state={"film": 2, "tutos": 1},
     note="Mathilde veut diffuser le film de marque sur une radio locale et au cinéma avant les séances : une diffusion radio et cinéma, que le contrat exclut (cession de droits au-delà du web et des salons).",
     msg=Msg("n007", MATHILDE, [INES], (2027, 4, 8, 11, 22, 14), "Film de marque : radio et cinéma cet été", """\
Bonjour Inès,

Le film « Roulez libre » marche très bien sur nos réseaux (plus de 80 000 vues en trois semaines !), alors la direction voudrait lui donner une deuxième vie cet été :

- une version son seul sur France Bleu Anjou, du 1er juin au 31 août
- le film en pré-séance au cinéma d'Angers pendant les mêmes semaines

C'est la même voix, le même texte, rien à enregistrer. Vous êtes d'accord ? Dites-moi s'il faut signer quelque chose.

Mathilde""", cc=[OWEN]))

# n008 -------------------------------------------------------------------------
case(id="n008", contract=K, lang="fr", verdict="out_of_scope", deliverable="tutos", state={"film": 2, "tutos": 1},
     note="Baptiste demande où en sont les tutoriels puis deux tutoriels de plus (antivol connecté, porte-bagages), soit 10 pour les 8 vendus : des unités en plus (tarif : tutoriel supplémentaire), la demande la plus grave l'emporte.",
     msg=Msg("n008", BAPTISTE, [INES], (2027, 3, 30, 17, 40, 2), "Tutos : fichiers + deux nouveaux", """\
Bonjour Inès,

Deux choses :

1. Est-ce que les fichiers définitifs des tutos 3, 5 et 7 sont dans le dossier ? Je ne vois que les anciennes versions.
2. On lance en mai l'antivol connecté et le porte-bagages modulable, et il faudrait un tuto pour chacun, sur le même modèle que les autres. Ça nous ferait 10 tutos au total. Je vous envoie les scripts la semaine prochaine (environ 350 mots chacun).

Merci !
Baptiste""", text_only=True))

# n009 -------------------------------------------------------------------------
case(id="n009", contract=K, lang="en", verdict="out_of_scope", deliverable="standard", state={"film": 2, "tutos": 1},
     note="The Benelux manager forwards her note to Mathilde and asks in English for the six phone messages recorded in English for the Brussels showroom: new recordings beyond the six French messages sold.",
     msg=Msg("n009", SANNE, [INES], (2027, 4, 7, 9, 12, 55), "FW: Phone line Brussels", """\
Hi Ines,

Mathilde suggested I write to you directly, see my note to her below.

Would you be able to record the same six phone messages in English for our Brussels line? I can send you the English script by Friday. We'd need them before the showroom opens on 3 May.

Kind regards,
Sanne""", quote=SANNE_FWD, cc=[MATHILDE]))

# n010 -------------------------------------------------------------------------
case(id="n010", contract=K, lang="fr", verdict="unclear", deliverable="tutos", state={"film": 2, "tutos": 0},
     note="Baptiste annonce qu'une partie du tutoriel batterie est à « reprendre » à cause d'une nouvelle batterie sans dire l'ampleur : quelques phrases à réenregistrer (reprises des tutoriels, tour disponible) ou un nouveau script à enregistrer (un tutoriel de plus, hors périmètre).",
     msg=Msg("n010", BAPTISTE, [INES], (2027, 3, 24, 12, 5, 19), "Tuto batterie", """\
Bonjour Inès,

Petit imprévu : le fournisseur passe à la batterie 720 Wh pour la gamme 2027, et la procédure de recharge n'est plus tout à fait la même (nouveau chargeur, voyant différent).

Il va donc falloir reprendre le tuto batterie. Je ne sais pas encore s'il y aura juste quelques phrases à changer ou si on repart sur un nouveau tuto, j'attends la fiche technique. Je vous envoie ce que j'ai dès que possible.

Baptiste""", text_only=True))

# n011 -------------------------------------------------------------------------
case(id="n011", contract=K, lang="fr", verdict="unclear", deliverable="film", state={"film": 2, "tutos": 1},
     note="Mathilde veut « votre voix » sur la boucle vidéo du stand d'un salon professionnel : réutiliser la narration livrée du film (usage en salon prévu, dans le périmètre) ou enregistrer un nouveau texte pour cette boucle (nouveau travail).",
     msg=Msg("n011", MATHILDE_QP, [INES], (2027, 4, 13, 16, 48, 7), "Salon Vélo & Territoires", """\
Bonjour Inès,

Nous serons au salon Vélo & Territoires à Lyon du 2 au 4 juin, sur un stand de 36 m² avec un grand écran.

L'agence prépare une boucle vidéo de 3 minutes pour l'écran et on aimerait beaucoup y avoir votre voix, c'est devenu un peu la voix de la marque ! Est-ce que ça rentre dans ce qu'on a prévu ensemble ?

Je vous envoie le montage dès que je l'ai.

Mathilde""", cc=[OWEN]))

# n012 -------------------------------------------------------------------------
NEWS_TEXT = """\
L'INFOLETTRE VÉLONOMIE | Avril 2027

Le printemps est là, vos vélos aussi !

NOUVEAU : LES TUTOS VIDÉO
Recharger la batterie, régler la selle, connecter l'application : nos 8 tutoriels vidéo sont en ligne sur velonomie.fr/tutos. Et cette voix que vous entendez, c'est celle de la comédienne Inès Carvalho, qui prête aussi sa voix à notre film « Roulez libre » et à notre service client.

SALON
Retrouvez-nous au salon Vélo & Territoires à Lyon du 2 au 4 juin, stand C12.

OFFRE DE PRINTEMPS
Révision offerte pour tout achat avant le 31 mai.

Vélonomie SAS, 12 rue de la Gare, 49100 Angers
Vous recevez cet e-mail car vous êtes inscrit à l'infolettre Vélonomie. Se désinscrire : https://velonomie.fr/desinscription?u=Qm7pX2"""

NEWS_HTML = """\
<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>L'infolettre Vélonomie, avril 2027</title></head>
<body style="margin:0;padding:0;background:#f1f5ef;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#23412f;">
<tr><td style="padding:24px 32px;border-bottom:4px solid #7bc043;"><img src="https://velonomie.fr/img/logo.png" alt="Vélonomie" width="180"></td></tr>
<tr><td style="padding:24px 32px;"><h1 style="font-size:24px;">Le printemps est là, vos vélos aussi !</h1>
<h2 style="font-size:18px;color:#7bc043;">Nouveau : les tutos vidéo</h2>
<p style="font-size:15px;line-height:1.5;">Recharger la batterie, régler la selle, connecter l'application : nos 8 tutoriels vidéo sont en ligne sur <a href="https://velonomie.fr/tutos">velonomie.fr/tutos</a>. Et cette voix que vous entendez, c'est celle de la comédienne Inès Carvalho, qui prête aussi sa voix à notre film &laquo;&nbsp;Roulez libre&nbsp;&raquo; et à notre service client.</p>
<h2 style="font-size:18px;color:#7bc043;">Salon</h2>
<p style="font-size:15px;line-height:1.5;">Retrouvez-nous au salon Vélo &amp; Territoires à Lyon du 2 au 4 juin, stand C12.</p>
<h2 style="font-size:18px;color:#7bc043;">Offre de printemps</h2>
<p style="font-size:15px;line-height:1.5;">Révision offerte pour tout achat avant le 31 mai.</p></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#8a8a8a;">Vélonomie SAS, 12 rue de la Gare, 49100 Angers<br>
Vous recevez cet e-mail car vous êtes inscrit à l'infolettre Vélonomie. <a href="https://velonomie.fr/desinscription?u=Qm7pX2" style="color:#8a8a8a;">Se désinscrire</a></td></tr>
</table></td></tr></table>
</body></html>"""

case(id="n012", contract=K, lang="fr", verdict="not_a_request", state={"film": 2, "tutos": 1, "standard": 0},
     note="L'infolettre de Vélonomie, qui cite la comédienne et nomme les tutoriels, le film et le standard mais ne lui demande aucun travail.",
     msg=Msg("n012", NEWS_VN, [Person("", "ines@inescarvalho-voix.fr")], (2027, 4, 20, 8, 0, 0),
             "Le printemps est là, vos vélos aussi !", "",
             client="bulk", plain_override=NEWS_TEXT, html_override=NEWS_HTML,
             extra_headers=["List-Unsubscribe: <https://velonomie.fr/desinscription?u=Qm7pX2>",
                            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                            "List-Id: Infolettre Velonomie <infolettre.velonomie.fr>",
                            "Precedence: bulk"]))
