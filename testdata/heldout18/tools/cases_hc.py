"""Contract HC: Purlwise Pattern Services x Haar Yarns Ltd (knitwear technical editor in Glasgow editing the
eight patterns of a hand-dyed yarn company's spring/summer collection, grading its four garments into nine
sizes, drawing ten charts and running a test knit; English contract, GBP). Haar's founder writes in English
from Outlook (iso-8859-1), its wholesale manager in English from Gmail, and the French designer of the
collection, Solène, in French from Gmail and her iPhone."""
from mailgen import Msg, Quote, Attachment
import attachments as att
from people import *

K = "purlwise-haar-techedit"

Q_CHARTS = Quote(FIADH, (2027, 2, 9, 15, 20, 11), to=[SOLENE], cc=[KIRSTY], subject="Tidelines charts, first set",
                 body="""\
Hi Solène, hi Kirsty,

The ten charts are in the Drive (03 Tech edit > Charts), as SVG and PDF, with Haar's symbol key.

Before I call them done, four queries:
1. Brine yoke: the chart shows 6 repeats of the wave motif, but the written instructions say 5. Which is right?
2. Spindrift lace: is the edge stitch knitted on every row, or slipped?
3. Selkie crown: shall I show the 'no stitch' squares in grey or leave them blank?
4. Creel mitts: do you want the thumb gusset charted, or written out?

Fiadh""")

Q_CHARTS_FINAL = Quote(FIADH, (2027, 2, 26, 10, 4, 52), to=[KIRSTY, SOLENE], subject="Charts, final",
                       body="""\
Hi both,

The charts are updated with your changes: the twisted-rib symbol from the Haar key, the Selkie crown colours swapped (Harbour Fog for the motif, Driftwood for the background), and the Creel thumb written out.

That was the round of changes included on the charts, so these are the final files.

Fiadh""")

Q_GRADING = Quote(FIADH, (2027, 3, 5, 16, 45, 3), to=[SOLENE, KIRSTY], subject="Grading for the four garments",
                  body="""\
Hi Solène, hi Kirsty,

The grading spreadsheets for Ebb, Skerry, Runnel and Brine are in the Drive, all nine sizes, with the schematics updated. I've marked in yellow the cells where I had to round stitch counts to keep the pattern repeats whole.

One round of changes is included on the grading, so please look at them together and send me one set of comments.

Fiadh""")

Q_EDITS = Quote(FIADH, (2027, 3, 31, 17, 2, 26), to=[KIRSTY, SOLENE], subject="Edited patterns + query lists",
                body="""\
Hi Kirsty, hi Solène,

All eight patterns are edited and in the Drive (03 Tech edit > Edited), each with its query list at the top. Most queries are small; the two big ones are the Ebb yoke decreases, which don't add up in sizes 6 to 9, and the Spindrift border count.

Once Solène has made her corrections, send them back to me: two rounds of re-checks are included.

Fiadh""")

Q_SUMMARY = Quote(FIADH, (2027, 4, 30, 14, 38, 9), to=[KIRSTY, SOLENE], subject="Test-knit summary",
                  body="""\
Hi Kirsty, hi Solène,

The test-knit summary is in the Drive: 22 testers across the four garments, 21 finished on time. The patterns went down very well overall. The recurring points are grouped by garment, with each tester's gauge and the size they knitted.

Fiadh""")

Q_RECHECK2 = Quote(FIADH, (2027, 5, 7, 11, 15, 40), to=[SOLENE, KIRSTY], subject="Second re-check done",
                   body="""\
Hi Solène, hi Kirsty,

Second re-check done on all eight patterns. The Spindrift border now works in every row and the Runnel split hem adds up in all sizes.

That was the second and last re-check included in our agreement, so the patterns are final and ready to go to layout.

Fiadh""")

CASES = []


def case(**kw):
    CASES.append(kw)


# hc001 ------------------------------------------------------------------------
case(id="hc001", contract=K, lang="en", verdict="in_scope", deliverable="techedit", state={},
     note="Two days after signing, the yarn company's founder shares the style sheet and the first three pattern drafts for the technical edit and asks how the editor wants units, yardage sheets and queries handled: client input and questions about contracted work.",
     msg=Msg("hc001", KIRSTY, [FIADH], (2027, 1, 20, 10, 32, 14), "Tidelines - files and a few questions", """\
Hi Fiadh,

Lovely to have you on board for Tidelines, and thank you for squeezing us in before the spring rush.

I've shared the Drive folder with you (Tidelines SS27 > 03 Tech edit). In it you'll find:
- our style sheet, v4, updated in December: we now say "work even" rather than "work straight", and "kfb" rather than spelling it out;
- Solène's drafts for Ebb, Skerry and the Selkie hat. The other five should follow by 8 February, she's finishing the Spindrift sample this week.

The style sheet is attached here too, in case the Drive link plays up (it sometimes does with new accounts).

A few questions:
1. Solène writes measurements in cm first with inches in brackets. Happy to keep that, or would you flip it for the US market?
2. Do you want the yardage sheets for our three bases (Haar 4ply, Haar DK and Harbour Silk)?
3. Would you rather leave your queries as comments in the Google Docs or in a separate list? Solène prefers comments, I can live with either.

Speak soon,""", attachments=[Attachment("Haar style sheet v4.docx",
                                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                        att.docx(["Haar Yarns - pattern style sheet, version 4 (December 2026)",
                                                  "Use UK terms throughout; metric first, imperial in brackets.",
                                                  "Write 'work even', not 'work straight'.",
                                                  "Abbreviations: k2tog, ssk, kfb, m1l, m1r, pm, sm.",
                                                  "Yarn: Haar 4ply 400 m / 100 g; Haar DK 225 m / 100 g; Harbour Silk 366 m / 100 g."]))]))

# hc002 ------------------------------------------------------------------------
case(id="hc002", contract=K, lang="fr", verdict="out_of_scope", state={},
     note="La créatrice de la collection demande à l'éditrice technique de préparer, une fois la version anglaise bouclée, les huit modèles « en français » pour ses abonnées francophones : traduire les patrons est explicitement exclu (Translation). Le mot « traduction » n'apparaît pas ; l'accord de Kirsty pour les vendre ne change pas le périmètre.",
     msg=Msg("hc002", SOLENE, [FIADH], (2027, 2, 2, 18, 51, 37), "Tidelines, une question de Solène", """\
Bonjour Fiadh,

Je me présente rapidement : je suis Solène, la créatrice de Tidelines. Kirsty m'a donné ton adresse et m'a dit que tu avais vécu quelques années à Lyon, alors je me permets de t'écrire en français, je suis beaucoup plus à l'aise.

J'ai une question qui me tient à cœur. Près de la moitié de mes abonnées sur Instagram sont francophones et, à chaque collection, elles me réclament les patrons dans leur langue. Jusqu'ici je m'en chargeais moi-même la nuit, avec des résultats discutables (une lectrice m'a fait remarquer que j'avais écrit « tricoter à l'envers » pour une diminution, la honte).

Est-ce que, une fois la version anglaise bouclée, tu pourrais préparer les huit modèles en français aussi ? Kirsty est d'accord pour qu'on les propose en même temps sur la boutique.

Belle journée,"""))

# hc003 ------------------------------------------------------------------------
case(id="hc003", contract=K, lang="fr", verdict="in_scope", deliverable="charts", state={"charts": 0},
     note="La créatrice répond aux quatre questions que l'éditrice a posées avant de finaliser les graphiques : le graphique du Brine est juste (elle corrige elle-même son texte), lisière glissée, cases grises, gousset écrit. Ce sont des réponses aux questions de la prestataire pour terminer le travail prévu, pas des modifications des graphiques livrés ; aucun tour n'est consommé.",
     msg=Msg("hc003", SOLENE, [FIADH], (2027, 2, 11, 9, 14, 58), "Re: Tidelines charts, first set", """\
Bonjour Fiadh,

Ils sont magnifiques, on dirait des graphiques de livre ! Kirsty les a déjà imprimés pour les punaiser au mur de l'atelier.

Mes réponses, dans l'ordre :
1. C'est ton graphique qui a raison : 6 répétitions. J'avais recopié l'ancienne version dans le texte, je le corrige de mon côté.
2. La maille lisière se glisse au début de chaque rang, à l'endroit comme à l'envers.
3. En gris, comme dans la collection d'automne : sinon les gens croient à un oubli.
4. Écrit, s'il te plaît. Pour un gousset de neuf rangs, un graphique fait plus peur qu'autre chose.

Merci !
Solène""", quote=Q_CHARTS, cc=[KIRSTY], sig=""))

# hc004 ------------------------------------------------------------------------
case(id="hc004", contract=K, lang="en", verdict="not_a_request", state={"charts": 1},
     note="The company's wholesale manager sets up the call about the grading (date, UK and French times, the Meet link, a calendar invite) and says nothing needs preparing: meeting logistics with the provider, no work asked.",
     msg=Msg("hc004", EWAN, [FIADH], (2027, 2, 22, 11, 7, 45), "Grading call on Thursday", """\
Hi Fiadh,

Kirsty has asked me to set up the call about the grading. Thursday 25 February, 2 to 3pm UK time (3pm for Solène), on Google Meet:
https://meet.google.com/qdv-hkzr-pwe

I've sent an invite to your Purlwise address as well. Kirsty is driving back from a shop visit in Perth that day, so she may join from a lay-by for the first ten minutes. No need to prepare anything, she says.

Cheers,""", cc=[KIRSTY, SOLENE]))

# hc005 ------------------------------------------------------------------------
case(id="hc005", contract=K, lang="en", verdict="out_of_scope", deliverable="techedit", state={"charts": 1},
     note="The founder asks the editor to add two new patterns to her list on the same timeline, a lace cowl and a 'wee Ebb' for children aged 2 to 10: ten patterns when eight are sold, and the children's version is also new sizes to grade, which the contract excludes (Pattern design and new sizes). 'Kids' and 'child' never appear.",
     msg=Msg("hc005", KIRSTY, [FIADH], (2027, 3, 1, 14, 26, 3), "Two more for Tidelines", """\
Hi Fiadh,

Quick one before the grading comes in on Friday.

Solène has been on a roll. She's finished a lace cowl to go with the Spindrift shawl (same edging, worked in the round), and she's knitted a wee Ebb for toddlers and up, ages 2 to 10, which our nephew now refuses to take off. We'd love both of them in the Tidelines launch.

Could you add them to your list? Same timeline as the others, so ten patterns rather than eight. I'd imagine the little Ebb is mostly the same work as the big one, just with smaller numbers!

Thanks,""", cc=[SOLENE]))

# hc006 ------------------------------------------------------------------------
case(id="hc006", contract=K, lang="fr", verdict="revision", deliverable="grading", state={"charts": 1, "grading": 0},
     note="La créatrice envoie, pour elle et la fondatrice, une seule liste de changements sur la gradation livrée (aisance des grandes tailles de l'Ebb, longueur de manche du Skerry en taille 1, profondeur d'emmanchure du Runnel) : le tour de changements inclus sur la gradation, encore inutilisé.",
     msg=Msg("hc006", SOLENE, [FIADH], (2027, 3, 9, 20, 40, 21), "Re: Grading for the four garments", """\
Bonjour Fiadh,

Merci pour les tableurs, c'est un travail de fourmi, et tes schémas sont bien plus lisibles que les miens.

Kirsty et moi avons tout relu ensemble hier soir en visio. Voici nos remarques, regroupées :
- Ebb : à partir de la taille 7, l'aisance aux hanches monte à 14 cm. Pour un pull que je veux plutôt près du corps, je visais 8 à 10 cm dans toutes les tailles.
- Skerry : en taille 1, 46 cm de manche sous le bras, ça me paraît long pour un gilet court. Je dirais 43.
- Runnel : la profondeur d'emmanchure augmente très vite entre la 6 et la 9, on finit avec des emmanchures qui baillent. Tu pourrais la rendre plus progressive ?
- Brine : rien à redire.

Bonne soirée,""", quote=Q_GRADING, cc=[KIRSTY], sig_after_quote=True))

# hc007 ------------------------------------------------------------------------
case(id="hc007", contract=K, lang="en", verdict="revision_over_limit", deliverable="charts", state={"charts": 1, "grading": 1},
     note="After the final charts, which the editor describes as done with the one round of changes included, the founder asks for the three charts using Harbour Fog to be redone with another colour and for the key to move under the chart: a second round of changes on the charts. The page layout she mentions is the company's own work, not a request to the editor.",
     msg=Msg("hc007", KIRSTY, [FIADH], (2027, 3, 19, 9, 58, 30), "RE: Charts, final", """\
Hi Fiadh,

A bit of a spanner in the works, I'm afraid. The new dye batch of Harbour Fog came out much bluer than the lab dip, and the photo shoot is on 6 April, so Solène has swapped it for Gull in the Selkie hat and the Brine yoke.

Could you update the three charts that use it (Selkie crown, Brine yoke front and Brine yoke back) with Gull and the new colour in the key? And while you're in there, could the key sit under the chart rather than to the right? It keeps bumping into the photos when we lay out the pages.

Sorry!""", quote=Q_CHARTS_FINAL, cc=[SOLENE]))

# hc008 ------------------------------------------------------------------------
case(id="hc008", contract=K, lang="fr", verdict="unclear", deliverable="techedit", state={"charts": 2, "grading": 1},
     note="La créatrice voudrait ajouter au patron du Skerry une option à manches courtes (« s'arrêter plus tôt et finir par 3 cm de côtes ») et demande à l'éditrice « tu pourras t'en occuper ? ». Lectures : elle rédige l'option et l'éditrice la vérifie dans l'édition technique du Skerry, pas encore terminée (in_scope) ; l'éditrice doit calculer les longueurs et mailles de la nouvelle manche dans les neuf tailles, donc modifier la gradation dont le tour est utilisé (revision_over_limit) ; ou c'est une nouvelle variante à concevoir, exclue (out_of_scope). « Échantillon » désigne ici son carré de tension, pas un échantillon de boutique.",
     msg=Msg("hc008", SOLENE_IPHONE, [FIADH], (2027, 3, 29, 17, 33, 8), "Skerry en été ?", """\
Coucou Fiadh,

Une idée qui m'est venue dans le train en tricotant mon échantillon de Skerry : une version à manches courtes pour l'été, ce serait top. Il suffirait de s'arrêter plus tôt et de finir par 3 cm de côtes, rien de bien compliqué.

On pourrait l'ajouter en option à la fin du patron ? Tu pourras t'en occuper ?

Bises,
Solène""", cc=[KIRSTY]))

# hc009 ------------------------------------------------------------------------
case(id="hc009", contract=K, lang="en", verdict="revision", deliverable="techedit", state={"charts": 2, "grading": 1, "techedit": 0},
     note="The founder says the designer has answered all eight query lists and put corrected files in the Drive (Ebb yoke, Runnel hem, Spindrift border), and asks the editor to go through them all again: the first of the two rounds of re-checks included in the technical edit.",
     msg=Msg("hc009", KIRSTY, [FIADH], (2027, 4, 8, 15, 11, 52), "RE: Edited patterns + query lists", """\
Hi Fiadh,

Solène has been through all eight query lists and her corrected files are in the Drive, in a new folder called "v2 for recheck". The main changes:
- Ebb: she's reworked the yoke decreases the way you suggested, so sizes 6 to 9 should now add up;
- Runnel: new hem, she went for a split hem in the end;
- Spindrift: the border now has 11 repeats instead of 12.
The others are small fixes, mostly wording.

Could you go through them all again? No rush this week, I'm at the dye works in Dundee until Tuesday anyway.

Thanks,""", quote=Q_EDITS, cc=[SOLENE]))

# hc010 ------------------------------------------------------------------------
case(id="hc010", contract=K, lang="en", verdict="out_of_scope", deliverable="techedit", state={"charts": 2, "grading": 1, "techedit": 1},
     note="The wholesale manager asks for all eight patterns final by Friday 23 April, because the trade preview where stockists order has been moved forward, 'rather than mid-May': the technical edit is contracted with final patterns by 14 May 2027 (also the contract deadline), so an earlier date is a change of terms. Offering to let the test-knit summary slip does not make it in scope.",
     msg=Msg("hc010", EWAN, [FIADH], (2027, 4, 15, 12, 3, 19), "Change of dates for the patterns", """\
Hi Fiadh,

I'm afraid we've had a change of plan at our end.

The organisers of the trade preview in Harrogate have moved it forward to 27 and 28 April (something about the venue double-booking), and that's where we show Tidelines to shops. Stockists want to see the finished patterns there before they order yarn for the June launch, so we'd need all eight of them final by Friday 23 April rather than mid-May.

Is that doable? If it helps, Kirsty says the testers' summary can slip a week or two.

Cheers,
Ewan""", text_only=True, sig=""))

# hc011 ------------------------------------------------------------------------
case(id="hc011", contract=K, lang="en", verdict="unclear", deliverable="grading", state={"charts": 2, "grading": 1, "techedit": 1},
     note="After the test-knit summary, the founder reports that four of six testers found the Ebb sleeves 3 to 5 cm too long, mostly in the bigger sizes, and asks the editor to 'sort that out'. Readings: reword the sleeve instructions (measure rather than count rows) in the second re-check still left on the technical edit (revision); shorten the graded sleeve lengths, whose one round of changes is used (revision_over_limit); or the testers' row gauge differed and nothing needs changing. The editor must ask what she wants changed.",
     msg=Msg("hc011", KIRSTY, [FIADH], (2027, 5, 4, 9, 21, 7), "RE: Test-knit summary", """\
Hi Fiadh,

Thank you for the summary, it's really thorough, and lovely to read so many kind comments about Solène's designs.

The bit that worries me is Ebb. Four of the six testers said the sleeves came out too long, by 3 to 5 cm, mostly in the bigger sizes. Can you sort that out before we publish? I'd rather not have a flood of emails in June.

Kirsty""", quote=Q_SUMMARY, sig=""))

# hc012 ------------------------------------------------------------------------
case(id="hc012", contract=K, lang="fr", verdict="revision_over_limit", deliverable="techedit", state={"charts": 2, "grading": 1, "techedit": 2},
     note="Après la deuxième relecture, que l'éditrice présente comme la dernière comprise (les patrons sont finaux), la créatrice change la bordure du Spindrift (picots de 3 mailles au lieu de 4, nouveau montage) et demande de vérifier que tout tombe juste : une troisième relecture sur l'édition technique, qui en inclut deux. « Mise en page » et « tricotant le Spindrift » ne demandent ni mise en page ni échantillon à la prestataire.",
     msg=Msg("hc012", SOLENE, [FIADH], (2027, 5, 11, 19, 6, 44), "Re: Second re-check done", """\
Bonjour Fiadh,

Mille mercis pour cette dernière relecture, tu as un œil de lynx pour les mailles qui manquent.

Un dernier souci, et je m'en veux : en tricotant le Spindrift pour notre stand du lancement de juin, je me suis rendu compte que les picots de la bordure rendent beaucoup mieux sur 3 mailles que sur 4. J'ai donc changé le nombre de mailles à monter et le rang de picots dans le fichier, il est dans le Drive sous « Spindrift v4 ».

Tu pourrais vérifier que tout tombe juste avant qu'on l'envoie à la mise en page ?

Bises,
Solène""", quote=Q_RECHECK2, cc=[KIRSTY], sig=""))
