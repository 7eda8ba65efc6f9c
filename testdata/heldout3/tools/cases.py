# Case definitions for heldout3. Order = case number (m001, m002, ...).
# Contracts: A = cendre-comptoir-renovation (fr), B = wavelength-ledgerline-podcast (en),
#            C = roux-tilleuls-wordpress (fr)

A = "cendre-comptoir-renovation"
B = "wavelength-ledgerline-podcast"
C = "roux-tilleuls-wordpress"

LEA = ("Léa Vasseur", "lea@atelier-cendre.fr")
JULIEN = ("Julien Moreau", "julien.moreau@comptoirdeshalles.fr")
SAM = ("Sam Whitaker", "sam.whitaker@comptoirdeshalles.fr")
NADIA = ("Nadia Benali", "nadia.benali@comptoirdeshalles.fr")  # domain only
PRIYA = ("Priya Raman", "priya@wavelengthaudio.co")
MEGAN = ("Megan Cole", "megan.cole@ledgerline.io")
TARIQ = ("Tariq Hassan", "tariq.hassan@ledgerline.io")
BASTIEN = ("Bastien Roux", "bastien@roux-web.fr")
CAMILLE = ("Camille Perrin", "camille.perrin@hotel-lestilleuls.fr")
FRANCOIS = ("François Lemaire", "f.lemaire.tilleuls@gmail.com")
HELEN = ("Helen Marsh", "helen.marsh@hotel-lestilleuls.fr")  # domain only
COMPTA = ("Hôtel Les Tilleuls - Comptabilité", "comptabilite@hotel-lestilleuls.fr")  # domain only

SIG_JULIEN = "Julien Moreau\nGérant — Le Comptoir des Halles\n12 rue des Halles, 69001 Lyon\n04 78 29 61 40"
SIG_MEGAN = "Megan Cole\nContent Marketing Lead | Ledgerline\nledgerline.io"
SIG_TARIQ = "Tariq Hassan\nBrand & Communications Manager\nLedgerline Software Inc."
SIG_CAMILLE = "Camille Perrin\nRéception & communication\nHôtel Les Tilleuls ***\n04 50 27 18 93"

CASES = [
    # ---------------------------------------------------------------- m001
    dict(contract=A, lang="fr", verdict="in_scope",
         note="Julien fournit les cotes relevées et une contrainte (garder la plonge en place) pour les deux variantes d'implantation pas encore livrées : apport du client pour le livrable « plans », rien de nouveau.",
         **{"from": JULIEN}, to=LEA, date="2026-09-24 08:17:42", tz=2,
         subject="Cotes cuisine + photos du bar existant",
         body="""Bonjour Léa,

Comme promis lors de votre visite, voici les cotes que notre chef a reprises hier soir après le service. Attention, le mur du passe fait bien 4,20 m et pas 3,80 m comme sur le vieux plan du bailleur.

Les photos du bar actuel, de l'arrivée d'eau et du tableau électrique sont sur le Drive partagé, dans le dossier « Existant ».

Nadia tient absolument à garder la plonge à sa place actuelle, ça nous évite de refaire toute l'évacuation. À prendre en compte pour les deux implantations, donc.

Bonne journée,
Julien""",
         sig=SIG_JULIEN),

    # ---------------------------------------------------------------- m002
    dict(contract=B, lang="en", verdict="out_of_scope", deliverable="trailer",
         note="Asks for the final trailer by October 21 when the contract says it is delivered by October 30, 2026: an earlier deadline is a change of terms.",
         **{"from": TARIQ}, to=PRIYA, date="2026-10-09 11:32:05", tz=-4,
         subject="Trailer timing - CloseCon",
         body="""Hi Priya,

Small change of plans on our side. Dana just got confirmed as a keynote speaker at CloseCon on October 22, and we'd love to play the season 2 trailer at the end of her talk. That's a room of about 800 controllers and CFOs, so it's too good to pass up.

Would it be possible to have the final trailer in our hands by Wednesday the 21st rather than the end of the month? We can turn around feedback the same day on our end.

Thanks,
Tariq""",
         sig=SIG_TARIQ),

    # ---------------------------------------------------------------- m003
    dict(contract=C, lang="en", verdict="out_of_scope",
         note="Helen asks for a German version of the main pages: a multilingual site is explicitly excluded (« Refonte et nouvelles fonctionnalités : version multilingue »), asked without the words 'multilingue' or 'traduction'.",
         **{"from": HELEN}, to=BASTIEN, date="2026-10-14 16:48:20", tz=2,
         subject="German pages?",
         body="""Hi Bastien,

Helen here, I run the hotel with François (we haven't met yet, I was away when you came in September).

Something I've wanted to fix for a while: about a third of our summer guests are German or Swiss, and right now the website is in French only. Could you set up German versions of the main pages, at least rooms, restaurant and how to get here? One of our regular guests is a retired German teacher and has offered to help with the wording, so you wouldn't have to start from scratch.

Let me know what you think.

Best,
Helen"""),

    # ---------------------------------------------------------------- m004
    dict(contract=A, lang="fr", verdict="out_of_scope", deliverable="plans",
         note="Nadia (expéditrice reconnue par le domaine) demande une troisième implantation à comparer aux deux livrées ; le contrat prévoit deux variantes : unité supplémentaire (tarif « Variante d'implantation supplémentaire »).",
         used={"plans": 0},
         **{"from": NADIA}, to=LEA, cc=JULIEN, date="2026-09-30 23:05:11", tz=2,
         subject="Re: Comptoir des Halles - deux propositions d'implantation",
         in_reply_to="<4d1f0c3a-77b2-4e0b-9c1e-2f6a8d35e901@atelier-cendre.fr>",
         body="""Bonsoir Léa,

J'ai enfin pu regarder les deux plans tranquillement après le service. Elles sont bien toutes les deux côté salle, mais côté cuisine aucune ne me va vraiment : dans les deux cas le passe reste fermé et je ne vois rien de la salle.

Est-ce que vous pourriez nous dessiner une troisième version, avec un passe ouvert sur la salle et le bar un peu plus petit ? Comme ça on aurait trois pistes à comparer avec Julien avant de trancher.

Merci !
Nadia""",
         attribution="Le lun. 28 sept. 2026 à 18:02, Léa Vasseur <lea@atelier-cendre.fr> a écrit :",
         quote="""Bonjour Julien, bonjour Nadia,

Vous trouverez en pièce jointe les deux variantes d'implantation :
- variante A : bar en L le long du mur de droite, 46 couverts ;
- variante B : bar central, banquettes le long de la vitrine, 42 couverts.

Les deux respectent la largeur de passage PMR vers les sanitaires.
Je vous laisse me faire vos retours.

Léa"""),

    # ---------------------------------------------------------------- m005
    dict(contract=B, lang="en", verdict="in_scope",
         note="Megan sends the raw recording, the guest details and editing instructions (use the second intro take) for episode 2: client input for contracted editing and show notes, nothing new.",
         **{"from": MEGAN}, to=PRIYA, date="2026-10-07 14:21:56", tz=-4,
         subject="Ep 2 is in the can!",
         body="""Hi Priya!

Episode 2 recorded this morning. Riverside link with separate tracks for Dana and the guest: https://riverside.fm/dashboard/studios/close-the-books/recordings/ep02

Guest is Anika Patel, Controller at Forsyth Logistics. Her bio and LinkedIn are in the shared doc for the show notes.

One heads-up: Dana stumbled over the intro and re-recorded it at the very end of the session, so please use that second take.

We're still aiming to publish on the 20th.

Thanks so much,
Megan""",
         sig=SIG_MEGAN),

    # ---------------------------------------------------------------- m006
    dict(contract=C, lang="fr", verdict="revision", deliverable="audit",
         note="Trois modifications demandées sur le rapport d'audit livré (vulgariser la partie vitesse, retirer un paragraphe, plan d'action en tableau) : un tour de retouches, il en reste un (0/1 utilisé).",
         used={"audit": 0},
         **{"from": CAMILLE}, to=BASTIEN, date="2026-10-26 09:40:13", tz=1,
         subject="Re: Audit SEO technique - Hôtel Les Tilleuls",
         in_reply_to="<20261022173015.5a1e2c@roux-web.fr>",
         html=True,
         body="""Bonjour Bastien,

Merci pour le rapport, c'est très complet. Avant que je le présente à M. Lemaire jeudi, est-ce que vous pourriez :

- expliquer plus simplement la partie sur la vitesse en mobile (il ne saura pas ce qu'est le « LCP ») ;
- enlever le paragraphe sur l'ancien prestataire, ce n'est pas la peine de remuer ça ;
- présenter le plan d'action sous forme de tableau, avec les priorités dans une colonne à part ?

Merci beaucoup,
Camille""",
         sig=SIG_CAMILLE,
         attribution="Le jeu. 22 oct. 2026 à 17:30, Bastien Roux <bastien@roux-web.fr> a écrit :",
         quote="""Bonjour Camille,

Comme prévu, voici l'audit SEO technique du site (PDF joint). En résumé : trois extensions inutilisées ralentissent le site, une vingtaine de liens cassés, et les images de la galerie ne sont pas compressées.

Le plan d'action est en dernière partie.

Bien à vous,
Bastien"""),

    # ---------------------------------------------------------------- m007
    dict(contract=A, lang="fr", verdict="revision", deliverable="plans",
         note="Liste de modifications sur la variante B livrée (reculer le bar, remplacer une table de 8, élargir le passage PMR) ; c'est le 2e tour sur « plans », 1/2 utilisé, donc un tour reste.",
         used={"plans": 1},
         **{"from": JULIEN}, to=LEA, date="2026-10-06 10:12:37", tz=2,
         subject="Re: Implantation - V2",
         in_reply_to="<b83e2a91-1c44-4f5d-a0e7-6d2c9f1a4b77@atelier-cendre.fr>",
         body="""Bonjour Léa,

On a repris la V2 ce matin avec Nadia et Sam, on part sur l'implantation B. Quelques points avant de la figer :

- le bar : on aimerait le reculer d'un bon mètre vers la vitrine pour dégager le passage vers les toilettes ;
- la grande table de 8 près de l'entrée prend trop de place, deux tables de 4 seraient plus souples le midi ;
- le bureau de contrôle nous a rappelé que le passage vers les sanitaires doit faire 90 cm minimum, sur le plan on est à 85.

Dites-moi si c'est jouable.

Julien""",
         attribution="Le ven. 2 oct. 2026 à 16:44, Léa Vasseur <lea@atelier-cendre.fr> a écrit :",
         quote="""Bonjour Julien,

Voici la V2 des deux implantations, avec vos retours de mardi (plonge conservée, bar raccourci sur la variante A).

Bon week-end,
Léa"""),

    # ---------------------------------------------------------------- m008
    dict(contract=B, lang="en", verdict="revision", deliverable="shownotes",
         note="Corrections to the delivered episode 2 show notes (guest title, broken link, timestamp offset): first change round on show notes, 0/1 used.",
         used={"episodes": 1, "shownotes": 0},
         **{"from": TARIQ}, to=PRIYA, cc=MEGAN, date="2026-10-22 09:03:44", tz=-4,
         subject="Re: Ep 2 notes + transcript",
         in_reply_to="<0f6c2be1-93a4-4c0e-8e52-71d3ab5f2c18@wavelengthaudio.co>",
         body="""Morning Priya,

Went through the episode 2 notes before they go live. Three small things:

Anika got promoted last week, so her title should read VP of Finance, not Controller.
The Forsyth case study link goes to a 404. The right one is https://forsythlogistics.com/stories/month-end-close
The "closing in three days" chapter starts at 18:40, not 17:40.

Thanks!
Tariq""",
         attribution="On Tue, Oct 20, 2026 at 5:12 PM Priya Raman <priya@wavelengthaudio.co> wrote:",
         quote="""Hi Tariq, Megan,

Show notes and transcript for episode 2 are in the shared folder. Let me know if anything needs fixing before I schedule it.

Priya"""),

    # ---------------------------------------------------------------- m009
    dict(contract=C, lang="fr", verdict="not_a_request",
         note="Avis de virement du service comptable pour la facture de l'audit : mentionne le livrable mais ne demande aucun travail.",
         used={"audit": 1},
         **{"from": COMPTA}, to=BASTIEN, date="2026-10-30 11:15:00", tz=1,
         subject="Avis de paiement - facture F-2026-031",
         body="""Bonjour,

Nous vous informons que le virement suivant a été émis ce jour :

Bénéficiaire : Bastien Roux
Référence : facture F-2026-031 – Audit SEO technique et premier mois de maintenance
Montant : 1 240,00 € TTC
Date d'exécution : 30/10/2026

Les fonds devraient vous parvenir sous 48 heures ouvrées.

Cordialement,
Le service comptabilité
Hôtel Les Tilleuls"""),

    # ---------------------------------------------------------------- m010
    dict(contract=A, lang="fr", verdict="unclear",
         note="« Proposer quelque chose pour l'éclairage » : ce peut être changer ou ajouter des luminaires sur les planches livrées (revision « planches », 0/1 utilisé) ou une étude d'éclairage complète (implantation des points lumineux, circuits) qu'aucun livrable ne couvre (out_of_scope). Il faut demander.",
         used={"plans": 2, "planches": 0},
         **{"from": JULIEN}, to=LEA, date="2026-10-20 15:27:09", tz=2,
         subject="Lumière dans la salle",
         body="""Bonjour Léa,

Hier soir on est passés au restaurant avec l'électricien pendant le service, pour se rendre compte. Le fond de la salle, côté banquettes, est vraiment sombre, on voit à peine les assiettes.

Est-ce que vous pourriez nous proposer quelque chose pour l'éclairage ? Honnêtement on n'y connaît rien et on préférerait que ce soit bien pensé dès le départ plutôt que de bricoler après.

Merci,
Julien""",
         sig=SIG_JULIEN),

    # ---------------------------------------------------------------- m011
    dict(contract=B, lang="en", verdict="revision", deliverable="episodes",
         note="Legal asks to cut a passage from the delivered episode 3 edit, plus a hum to clean up: one change round on episode editing, 1/2 used before, so a round remains.",
         used={"episodes": 1},
         **{"from": MEGAN}, to=PRIYA, date="2026-10-21 13:55:31", tz=-4,
         subject="Ep 3 - one cut from legal",
         body="""Hey Priya,

Thanks for the ep 3 edit, it flows really well. Unfortunately legal listened yesterday and flagged the bit around 14:10 where Dana mentions a customer's Q3 numbers by name. Could you take out everything from "and honestly when Brightpath came to us" to "anyway, back to accruals" and make it seamless?

While you're in there, Marcus's mic picks up a hum from about 22:00 onwards. If there's any way to clean that up it would be great.

Thank you!!
Megan""",
         sig=SIG_MEGAN),

    # ---------------------------------------------------------------- m012
    dict(contract=C, lang="fr", verdict="in_scope",
         note="Le formulaire de devis ne fonctionne plus depuis une mise à jour : correction d'un dysfonctionnement lié aux mises à jour, couverte par « maintenance ». L'historique cité parle d'articles de blog (exclus) déjà refusés : il ne compte pas.",
         used={"audit": 1},
         **{"from": CAMILLE}, to=BASTIEN, date="2026-11-09 10:04:52", tz=1,
         subject="Re: Articles pour le blog",
         in_reply_to="<20261104091211.7b3f10@roux-web.fr>",
         body="""Bonjour Bastien,

C'est noté pour les articles, on en reparlera au printemps.

Par contre, autre souci plus urgent : depuis la mise à jour de la semaine dernière, le formulaire de demande de devis pour les séminaires n'envoie plus rien. Le client voit bien le message « merci, nous revenons vers vous », mais on ne reçoit aucun mail. Deux entreprises nous ont appelés pour savoir si on avait eu leur demande...

Vous pouvez regarder ?

Merci,
Camille""",
         sig=SIG_CAMILLE,
         attribution="Le mer. 4 nov. 2026 à 09:12, Bastien Roux <bastien@roux-web.fr> a écrit :",
         quote="""Bonjour Camille,

Pour les quatre articles de blog sur les randonnées autour du lac : la rédaction de contenus n'est pas comprise dans notre contrat. Je peux vous faire un devis séparé si vous le souhaitez.

Bastien

Le lun. 2 nov. 2026 à 14:30, Camille Perrin <camille.perrin@hotel-lestilleuls.fr> a écrit :
> Bonjour Bastien,
> Pourriez-vous nous écrire quatre articles de blog sur les randonnées autour du lac ?
> Camille"""),

    # ---------------------------------------------------------------- m013
    dict(contract=A, lang="fr", verdict="revision_over_limit", deliverable="planches",
         note="Changement de teinte des murs et de finition des luminaires sur la planche de la salle déjà validée ; le seul tour inclus sur « planches » est consommé (1/1).",
         used={"plans": 2, "planches": 1},
         **{"from": JULIEN}, to=LEA, date="2026-10-28 07:51:18", tz=1,
         subject="Planche salle - on hésite encore",
         body="""Bonjour Léa,

Je sais qu'on vous a dit que c'était validé la semaine dernière, désolé d'avance...

Après une nuit à y repenser, le vert sauge sur les murs de la salle ne nous convainc plus. Avec les banquettes rouille, Sam trouve que ça fait « brasserie de gare ». Est-ce que vous pourriez reprendre la planche de la salle avec un ton plus chaud, plutôt argile ou terre cuite, et du laiton brossé pour les suspensions au lieu du noir mat ?

Le reste (sol, bar, sanitaires) ne bouge pas.

Julien

Envoyé de mon iPhone""",
         client="iphone"),

    # ---------------------------------------------------------------- m014
    dict(contract=B, lang="en", verdict="revision_over_limit", deliverable="trailer",
         note="Asks to swap the music bed and reorder Dana's line in the delivered trailer; its single included round is already used (1/1).",
         used={"episodes": 1, "trailer": 1},
         **{"from": MEGAN}, to=PRIYA, date="2026-10-26 16:20:07", tz=-4,
         subject="Re: Trailer v2",
         in_reply_to="<5a9d3e70-2b1f-4c86-9f0e-c4b7e2d81a03@wavelengthaudio.co>",
         body="""Hi Priya,

So, Dana heard v2 at the all-hands this morning and she has opinions :) She'd like the music to feel warmer and less "tech startup", maybe something acoustic. And she wants her line "the close doesn't have to hurt" at the very top instead of the end, as the hook.

Sorry, I know we signed off on v2 on Friday.

Megan""",
         sig=SIG_MEGAN, sig_after_quote=True,
         attribution="On Fri, Oct 23, 2026 at 3:12 PM Priya Raman <priya@wavelengthaudio.co> wrote:",
         quote="""Hi Megan,

Here's trailer v2 with your notes from Tuesday: shorter music intro and the Anika excerpt swapped for the Marcus one. That uses the revision round included for the trailer.

Priya"""),

    # ---------------------------------------------------------------- m015
    dict(contract=C, lang="en", verdict="not_a_request",
         note="Helen moves the call about the audit's action plan to another slot: meeting logistics with the provider, no work requested.",
         used={"audit": 1},
         **{"from": HELEN}, to=BASTIEN, cc=FRANCOIS, date="2026-11-03 08:36:45", tz=1,
         subject="Thursday call",
         body="""Hi Bastien,

Thursday 2pm won't work for us any more, François has a supplier visit that got moved. Could we do Friday at 10:30 instead, on Zoom like last time? Otherwise Monday afternoon is free for both of us.

Thanks, and sorry for the shuffle.
Helen"""),

    # ---------------------------------------------------------------- m016
    dict(contract=A, lang="en", verdict="in_scope", deliverable="rendus",
         note="Sam asks whether the 3D views are still on track for the contractual date (20 Nov) and explicitly does not ask to move it: a question about covered work.",
         used={"plans": 2, "planches": 1},
         **{"from": SAM}, to=LEA, date="2026-11-05 12:42:30", tz=1,
         subject="3D views timing",
         body="""Hi Léa,

Quick one: our meeting with the bank is now set for November 26, and they'd like to see what the place will look like after the works. Are the 3D views still on track for the 20th?

No pressure to move anything, I just want to plan the presentation around them.

Thanks,
Sam"""),

    # ---------------------------------------------------------------- m017
    dict(contract=B, lang="en", verdict="in_scope",
         note="Trailer approved as is and Tariq asks to schedule it with episode 1: a go-ahead plus publishing that the contract covers; the quoted message mentions revisions already done.",
         used={"episodes": 1, "trailer": 1},
         **{"from": TARIQ}, to=PRIYA, cc=MEGAN, date="2026-10-27 10:05:19", tz=-4,
         subject="Re: Trailer v2",
         in_reply_to="<5a9d3e70-2b1f-4c86-9f0e-c4b7e2d81a03@wavelengthaudio.co>",
         html=True,
         body="""Priya,

Legal and Dana have both signed off on v2, no changes. Please schedule the trailer on Buzzsprout for Monday Nov 2 at 6am Eastern, and episode 1 for the same morning.

Great work on this one.

Tariq""",
         sig=SIG_TARIQ,
         attribution="On Fri, Oct 23, 2026 at 3:12 PM Priya Raman <priya@wavelengthaudio.co> wrote:",
         quote="""Hi Megan,

Here's trailer v2 with your notes from Tuesday: shorter music intro and the Anika excerpt swapped for the Marcus one. That uses the revision round included for the trailer.

Priya"""),

    # ---------------------------------------------------------------- m018
    dict(contract=C, lang="fr", verdict="unclear",
         note="« Revoir la page Restaurant » qui ne remonte pas : soit retoucher la title, la méta et les Hn déjà optimisées (revision « pages », 1/2 utilisé), soit réécrire le texte de la page (rédaction exclue) ou un travail de référencement continu (hors contrat). Il faut demander ce qui est attendu.",
         used={"audit": 1, "pages": 1},
         **{"from": CAMILLE}, to=BASTIEN, date="2026-11-16 14:18:03", tz=1,
         subject="Page Restaurant",
         body="""Bonjour Bastien,

Le chef m'a demandé pourquoi on n'apparaît toujours pas quand on tape « restaurant bord du lac Annecy », alors que les concurrents, eux, sont en première page.

Il faudrait revoir la page Restaurant, je pense. Vous pouvez vous en occuper ?

Bonne fin de journée,
Camille""",
         sig=SIG_CAMILLE),

    # ---------------------------------------------------------------- m019
    dict(contract=A, lang="en", verdict="revision", deliverable="rendus",
         note="Numbered changes to the delivered 3D views (floor tone, pendant height, banquette fabric) asked in one go: first round on « rendus », 0/1 used.",
         used={"plans": 2, "planches": 1, "rendus": 0},
         **{"from": SAM}, to=LEA, cc=JULIEN, date="2026-11-18 19:33:58", tz=1,
         subject="Re: Le Comptoir - vues 3D",
         in_reply_to="<e2c7a5d8-0b61-4a3f-b9d4-18f0c6e7a252@atelier-cendre.fr>",
         body="""Hi Léa,

Julien forwarded me the four views. They look great overall, a few things jumped out though:

1. View 2 (from the entrance): the floor reads almost white. We picked the smoked oak sample, can it look more like that?
2. The pendants over the bar hang too low, it looks like people will bump their heads.
3. View 4: the banquette should be the rust velvet, not green.

If you can sort those in one go that would be perfect.

Cheers,
Sam""",
         attribution="Le mar. 17 nov. 2026 à 17:20, Léa Vasseur <lea@atelier-cendre.fr> a écrit :",
         quote="""Bonjour Julien,

Voici les quatre vues 3D : entrée, salle côté banquettes, bar, et salle depuis le bar.

Léa"""),

    # ---------------------------------------------------------------- m020
    dict(contract=B, lang="en", verdict="out_of_scope",
         note="Asks to turn 40-second excerpts into square posts with a moving waveform and burned-in captions for LinkedIn: that is an audiogram / social clip, excluded (« Video and social clips »), described without the exclusion keywords.",
         used={"episodes": 1, "trailer": 1, "shownotes": 1},
         **{"from": MEGAN}, to=PRIYA, date="2026-11-04 15:47:12", tz=-5,
         subject="Idea for promoting the season",
         body="""Hi Priya,

Episode 1 is doing better than anything we did last season, so we want to push harder on LinkedIn.

Would you be able to pull the best 40 seconds or so from each episode and turn them into square posts, with the sound wave moving and the captions burned in? Our social team would handle the actual posting, we'd just need the files.

Let me know!
Megan""",
         sig=SIG_MEGAN),

    # ---------------------------------------------------------------- m021
    dict(contract=C, lang="fr", verdict="revision_over_limit", deliverable="fiche-google",
         note="Nouvelle demande de changement de la description et de la photo principale de la fiche Google déjà retouchée une fois ; le tour inclus est consommé (1/1).",
         used={"audit": 1, "pages": 1, "fiche-google": 1},
         **{"from": FRANCOIS}, to=BASTIEN, date="2026-11-20 21:12:40", tz=1,
         subject="Fiche Google",
         client="iphone",
         body="""Bastien,

La description sur Google ne me va toujours pas, on dirait un hôtel d'affaires près d'une zone industrielle. Mettez en avant le jardin, le calme, les tilleuls. Et remettez la photo de la façade en photo principale à la place de la piscine, on est en novembre.

Merci
FL

Envoyé de mon iPhone"""),

    # ---------------------------------------------------------------- m022
    dict(contract=A, lang="en", verdict="not_a_request",
         note="Thanks for the corrected 3D views, naming the deliverable; asks for nothing. The quoted message mentions the round used, which does not matter.",
         used={"plans": 2, "planches": 1, "rendus": 1},
         **{"from": SAM}, to=LEA, date="2026-11-24 22:08:14", tz=1,
         subject="Re: Vues 3D corrigées",
         in_reply_to="<71b4f9c2-3e0a-4d58-8a6f-c2d9e04b1f66@atelier-cendre.fr>",
         html=True,
         body="""Léa,

Just looked at the updated 3D views on the big screen with the whole team. The smoked oak is exactly what we had in mind and Nadia finally believes the bar will fit.

The bank meeting is on Thursday and I'm pretty sure these will do most of the talking. Thank you!

Sam""",
         attribution="Le lun. 23 nov. 2026 à 11:05, Léa Vasseur <lea@atelier-cendre.fr> a écrit :",
         quote="""Bonjour Sam,

Voici les vues corrigées : parquet chêne fumé, suspensions remontées de 20 cm, banquette en velours rouille. Ces corrections utilisent le tour de retouches inclus pour les rendus 3D.

Bonne semaine,
Léa"""),

    # ---------------------------------------------------------------- m023
    dict(contract=B, lang="en", verdict="unclear",
         note="« Do something about the intro » admits two readings: trim or tighten the intro in the delivered edits (revision on « episodes », 1/2 used) or produce a new cold open / intro format for the show (new work not in the contract). Needs a clarifying question.",
         used={"episodes": 1, "trailer": 1, "shownotes": 1},
         **{"from": MEGAN}, to=PRIYA, date="2026-11-11 17:02:26", tz=-5,
         subject="The intro",
         body="""Hey Priya,

I binged the first four episodes back to back on my flight yesterday (very meta, I know). One thing that stood out: the intro feels long and kind of flat. By the time we actually get to the guest we're almost two minutes in.

Could you do something about it?

M.""",
         sig=SIG_MEGAN),

    # ---------------------------------------------------------------- m024
    dict(contract=C, lang="fr", verdict="out_of_scope", deliverable="pages",
         note="Les six pages prévues sont faites ; Camille demande le même travail sur deux pages de plus (Séminaires, Spa) : unités supplémentaires au-delà de la quantité vendue (tarif « Page optimisée supplémentaire »).",
         used={"audit": 1, "pages": 1, "fiche-google": 1},
         **{"from": CAMILLE}, to=BASTIEN, date="2026-11-26 11:26:37", tz=1,
         subject="Suite optimisation",
         body="""Bonjour Bastien,

Les six pages sont en ligne et on voit déjà la page Chambres remonter dans Google, bravo !

Du coup on se dit que ce serait dommage de s'arrêter en si bon chemin : est-ce que vous pourriez faire le même travail sur les pages Séminaires et Spa ? Ce sont celles qui nous rapportent le plus en basse saison.

Merci d'avance,
Camille""",
         sig=SIG_CAMILLE),

    # ---------------------------------------------------------------- m025
    dict(contract=A, lang="fr", verdict="revision_over_limit", deliverable="dce",
         note="Deux changements demandés par le client sur le dossier de consultation livré (hauteur du plan de travail, modèle de mitigeurs) alors que « dce » n'inclut aucun tour de retouches (0) : hors limite dès la première demande.",
         used={"plans": 2, "planches": 1, "rendus": 1, "dce": 0},
         **{"from": JULIEN}, to=LEA, date="2026-12-03 18:47:55", tz=1,
         subject="Re: Dossier artisans",
         in_reply_to="<9c0e5b17-6d2a-4f83-b4a1-0e7d3c9f2b48@atelier-cendre.fr>",
         body="""Léa,

Le plombier et le menuisier sont passés ce matin et ils nous ont fait changer d'avis sur deux points, il faut donc reprendre le dossier :

- le plan de travail du bar passe à 1,10 m au lieu de 1,05 m, le menuisier dit que c'est plus confortable pour servir debout ;
- dans le lot plomberie, on remplace les mitigeurs standards par les modèles à commande au coude qu'on a vus au salon, pour la partie bar.

Vous pouvez nous renvoyer le dossier corrigé ? On aimerait le redonner aux entreprises avant qu'elles finissent leurs chiffrages.

Julien""",
         sig=SIG_JULIEN,
         attribution="Le lun. 30 nov. 2026 à 10:15, Léa Vasseur <lea@atelier-cendre.fr> a écrit :",
         quote="""Bonjour Julien,

Voici le dossier de consultation : plans techniques et descriptif par lot (menuiserie, électricité, plomberie, peinture). Vous pouvez l'envoyer aux entreprises.

Léa"""),

    # ---------------------------------------------------------------- m026
    dict(contract=B, lang="en", verdict="revision_over_limit", deliverable="episodes",
         note="Fix requests on the delivered episode 6 edit (filler words, volume jumps) in a frustrated tone; both included rounds on « episodes » are used (2/2).",
         used={"episodes": 2, "trailer": 1, "shownotes": 1},
         **{"from": MEGAN}, to=PRIYA, date="2026-11-25 08:14:09", tz=-5,
         subject="Episode 6",
         body="""Priya,

I have to be honest, episode 6 isn't where it needs to be. There are still "ums" and "you knows" all over the first ten minutes, and the guest's audio jumps way up every time she laughs. It's the third episode in a row where we're sending notes like this and it's getting hard to explain internally.

Please take another pass at it.

Megan""",
         sig=SIG_MEGAN),

    # ---------------------------------------------------------------- m027
    dict(contract=C, lang="fr", verdict="out_of_scope",
         note="Répondre aux avis Google et TripAdvisor deux fois par semaine : travail récurrent nouveau, que ni la mise à jour de la fiche Google ni la maintenance ne couvrent.",
         used={"audit": 1, "pages": 1, "fiche-google": 1},
         **{"from": CAMILLE}, to=BASTIEN, date="2026-11-30 15:09:51", tz=1,
         subject="Les avis clients",
         body="""Bonjour Bastien,

Depuis que la fiche Google a été refaite, on reçoit beaucoup plus d'avis (tant mieux !). Le problème, c'est qu'à la réception on n'a jamais le temps d'y répondre, et certains attendent depuis trois semaines.

Est-ce que vous pourriez prendre ça en main ? Répondre aux avis Google et TripAdvisor au fil de l'eau, disons deux fois par semaine, avec un petit mot personnalisé à chaque fois.

Camille""",
         sig=SIG_CAMILLE),

    # ---------------------------------------------------------------- m028
    dict(contract=A, lang="fr", verdict="out_of_scope",
         note="Deux demandes : une question sur l'envoi des plans techniques en PDF (in_scope, « dce ») et une présence hebdomadaire sur le chantier plus la vérification de fin de travaux, soit le suivi de chantier exclu, formulé sans ses mots-clés. Le plus grave l'emporte : out_of_scope.",
         used={"plans": 2, "planches": 1, "rendus": 1, "dce": 0},
         **{"from": JULIEN}, to=LEA, date="2026-12-07 09:30:22", tz=1,
         subject="Deux petites choses",
         body="""Bonjour Léa,

Deux petites choses avant les fêtes :

1) Le dossier est parti chez les trois entreprises, merci. Quand pensez-vous pouvoir nous envoyer les plans techniques en PDF prêts à imprimer en A3 ? Le menuisier les veut sur papier.

2) Les travaux démarrent le 4 janvier. Ça nous rassurerait beaucoup que vous passiez une fois par semaine voir où en sont le menuisier et l'électricien, et que vous soyez là le jour où ils nous rendent les clés pour vérifier que tout est conforme à vos plans.

Bonne semaine,
Julien""",
         sig=SIG_JULIEN),

    # ---------------------------------------------------------------- m029
    dict(contract=B, lang="en", verdict="not_a_request",
         note="Out-of-office auto-reply (Auto-Submitted: auto-replied) that names the podcast; no request.",
         used={"episodes": 2, "trailer": 1, "shownotes": 1},
         **{"from": TARIQ}, to=PRIYA, date="2026-11-16 07:00:03", tz=-5,
         subject="Automatic reply: Episode 5 final mix",
         headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
         client="outlook",
         body="""Thank you for your email. I'm out of the office from November 16 to November 23 with limited access to email.

For anything related to the Close the Books podcast, please contact Megan Cole (megan.cole@ledgerline.io). For press inquiries, write to press@ledgerline.io.

Tariq Hassan
Brand & Communications Manager, Ledgerline"""),

    # ---------------------------------------------------------------- m030
    dict(contract=C, lang="fr", verdict="not_a_request",
         note="Remerciements de fin de mission ; l'historique cité parle d'un devis pour les pages Séminaires et Spa et d'une refonte, mais le nouveau texte ne demande rien (« on en reparle en janvier » n'est pas une demande).",
         used={"audit": 1, "pages": 2, "fiche-google": 1},
         **{"from": FRANCOIS}, to=BASTIEN, date="2026-12-02 19:41:27", tz=1,
         subject="Re: Bilan de fin d'année",
         in_reply_to="<20261201103344.2c9d41@roux-web.fr>",
         html=True,
         body="""Bastien,

Un grand merci pour ces trois mois. Le site n'a plus planté une seule fois depuis octobre et on a eu nos premières réservations directes qui viennent de Google Maps, ce qui ne nous était jamais arrivé.

On en reparle en janvier pour la suite. Bonnes fêtes à vous !

François""",
         sig="François Lemaire\nHôtel Les Tilleuls — Talloires",
         attribution="Le mar. 1 déc. 2026 à 10:33, Bastien Roux <bastien@roux-web.fr> a écrit :",
         quote="""Bonjour François,

Petit bilan avant la fin du contrat : toutes les mises à jour sont faites, les six pages sont optimisées et la fiche Google est à jour.

Comme demandé par Camille, je vous joins un devis pour l'optimisation des pages Séminaires et Spa. Pour la refonte du site que vous évoquiez, je préfère qu'on en parle de vive voix.

Bastien"""),
]
