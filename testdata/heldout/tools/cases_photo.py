"""Lucie Arnaud Photographie x Delmas & Associés Avocats (contract arnaud-delmas-photo).

Timeline of the contract: portraits, office photos and group photo shot on Tuesday 9 March
2027, gallery due by 26 March; seminar at Château Lavergne on Thursday 15 April, gallery due
by 30 April. Cases are standalone snapshots; their ledgers are the state when each arrives.
"""
K = "arnaud-delmas-photo"

CASES = [
    dict(
        key="photo-ordre-de-passage", contract=K, lang="fr", style="outlook", sender="elsa",
        charset="utf-8", cte="quoted-printable",
        when="2027-03-01 11:26", subject="Séance portraits du 9 mars – ordre de passage",
        cc=["karim"],
        body="""
Bonjour Lucie,

Comme convenu lors de notre appel, voici l'ordre de passage pour le mardi 9 mars, par créneaux de 15 minutes :

9 h 00 – Sophie Delmas
9 h 15 – Olivier Perrin
9 h 30 – James Whitaker
9 h 45 – Nathalie Roux
10 h 00 – Karim Bensaïd
10 h 30 à 12 h 00 – pôle social : Camille, Hugo, Inès, Théo, Manon et Paul
14 h 00 à 15 h 00 – assistantes : Béatrice, Leïla, Martine et Sandrine

Soit 15 personnes au total. La salle Garonne sera libérée dès 8 h 30 pour que vous puissiez installer votre fond et vos éclairages, et la photo de groupe reste prévue à 12 h 15 sur la terrasse, avant le déjeuner. Vous aurez les bureaux pour vous seule à partir de 15 h.

Avez-vous besoin de quelque chose de notre côté (rallonges, table, miroir) ?

Bien à vous,
""",
        verdict="in_scope",
        note="Elsa transmet l'organisation de la séance du 9 mars (ordre de passage des 15 collaborateurs, salle, horaires) et demande si la photographe a besoin de matériel : c'est de l'information client pour un travail prévu au contrat (« portraits », « groupe », « locaux »), pas une demande nouvelle ni un simple rendez-vous.",
    ),
    dict(
        key="photo-seminaire-quand", contract=K, lang="fr", style="outlook", sender="karim",
        charset="windows-1252", cte="quoted-printable",
        when="2027-04-16 09:14", subject="RE: Séminaire du 15 avril – accès et horaires",
        body="""
Bonjour Lucie,

Merci encore pour hier, vous avez su vous faire oublier pendant les ateliers, ce qui n’était pas gagné avec quarante avocats dans la même pièce.

Maître Delmas me demande quand nous pourrons découvrir les photos du séminaire : la galerie sera bien en ligne d’ici la fin du mois ? Dès que vous avez le lien, envoyez-le-moi et je le ferai suivre aux associés.

Bonne journée,
""",
        quote=dict(when="2027-04-12 17:48", to="Karim Bensaïd <karim.bensaid@delmas-avocats.fr>",
                   subject="Séminaire du 15 avril – accès et horaires", body="""
Bonjour Karim,

Je serai au Château Lavergne jeudi vers 8 h 15 pour repérer les salles et la lumière. Pouvez-vous me confirmer l'heure du déjeuner ?

Pour la petite vidéo LinkedIn dont vous m'avez parlé : ce n'est pas dans mon forfait (je ne fais pas de vidéo), mais je peux vous recommander un vidéaste bordelais.

Belle soirée,
Lucie
"""),
        verdict="in_scope",
        note="Remerciements puis question sur la date de mise en ligne de la galerie du séminaire, travail couvert par « seminaire » et dans le délai du contrat (30 avril) : in_scope. La vidéo LinkedIn n'apparaît que dans l'historique cité.",
    ),
    dict(
        key="photo-portraits-retouche-1", contract=K, lang="fr", style="iphone", sender="sophie",
        when="2027-03-29 07:52", subject="Re: Vos portraits sont en ligne",
        state={"portraits": 0, "locaux": 0, "groupe": 0},
        body="""
Bonjour Lucie,

Très belle galerie, bravo. Deux choses sur mes propres photos avant qu’on les mette sur le site : sur la version couleur, est-ce qu’on peut atténuer un peu les cernes (la semaine avait été longue…) ? Et sur le noir et blanc, je me trouve penchée, il faudrait redresser légèrement.

Pour Olivier, il préférerait que sa version couleur soit un peu moins saturée, sa cravate bordeaux ressort plus que son visage.

Merci !
Sophie
""",
        quote=dict(when="2027-03-26 18:04", body="""
Bonjour à tous,

La galerie des portraits est en ligne (lien ci-dessous, mot de passe : delmas2027). Vous y trouverez, pour chacun des 15 collaborateurs, la version couleur et la version noir et blanc, en HD et en version web.

Un tour de retouches est inclus : merci de regrouper vos demandes dans un seul message.

Bon week-end,
Lucie
"""),
        verdict="revision", deliverable="portraits",
        note="Premières demandes de retouche sur les portraits livrés (cernes, redressement, saturation), pour deux personnes mais dans un seul message : un tour ; « portraits » inclut 1 tour, aucun consommé.",
    ),
    dict(
        key="photo-locaux-retouche-2", contract=K, lang="en", style="outlook", sender="james",
        charset="utf-8", cte="quoted-printable",
        when="2027-04-02 16:37", subject="RE: Photos des locaux – version retouchée",
        cc=["sophie"],
        state={"portraits": 1, "locaux": 1, "groupe": 0},
        body="""
Hi Lucie,

Thank you for the reworked office set – the terrace shots are much better with the new sky. Sophie asked me to collect the partners' last comments:

- Reception (nos. 3 and 4): the white walls still come out slightly blue on our screens. Could they be a touch warmer, closer to what you did for the library?
- Salle Garonne (no. 9): the window frames lean inwards at the top. Can you straighten the verticals?

That should be everything from our side.

Best regards,
""",
        quote=dict(when="2027-03-30 17:40", lang="en", to="James Whitaker <james.whitaker@delmas-avocats.fr>",
                   cc="Sophie Delmas <sophie.delmas@delmas-avocats.fr>",
                   subject="Photos des locaux – version retouchée", body="""
Bonjour James,

Voici la série des locaux après votre premier retour (ciel de la terrasse, reflets sur la table de la salle Garonne). Il vous reste un tour de retouches sur cette série.

Bien à vous,
Lucie
"""),
        verdict="revision", deliverable="locaux",
        note="Second round of changes to the office photos (warmer whites, straightened verticals); « locaux » includes 2 rounds and 1 is used, so one remains. The new text is in English although the contract is French.",
    ),
    dict(
        key="photo-portraits-retouche-over", contract=K, lang="fr", style="gmail", sender="elsa_perso",
        when="2027-04-06 21:09", subject="Re: Portraits – retouches effectuées",
        state={"portraits": 1, "locaux": 1, "groupe": 0},
        body="""
Bonjour Lucie,

Je vous écris depuis ma boîte perso, je suis en déplacement à Paris jusqu'à jeudi.

Maintenant que tous les portraits sont en ligne sur la page équipe, trois avocats du pôle social (Hugo, Inès et Théo) trouvent que leur noir et blanc est bien plus contrasté que celui des associés, et ça saute aux yeux quand les photos sont côte à côte. Pour être honnête, on n'a jamais vraiment été consultés sur ce rendu.

Pourriez-vous reprendre ces trois-là pour les aligner sur les autres ? Idéalement avant lundi.

Merci,
Elsa
""",
        quote=dict(when="2027-03-31 11:20", body="""
Bonjour Elsa,

Voici les portraits après le tour de retouches (cernes de Sophie, redressement, saturation pour Olivier). Les fichiers définitifs remplacent les anciens dans la galerie.

Bonne journée,
Lucie
"""),
        verdict="revision_over_limit", deliverable="portraits",
        note="Nouvelle demande de changement sur les portraits livrés (contraste de trois noir et blanc) alors que l'unique tour inclus pour « portraits » est consommé ; le reproche (« jamais consultés ») et le souhait « avant lundi » ne changent pas la nature de la demande.",
    ),
    dict(
        key="photo-groupe-modif", contract=K, lang="fr", style="outlook", sender="karim",
        charset="iso-8859-1", cte="quoted-printable",
        when="2027-03-30 10:03", subject="RE: Photo de groupe - fichiers",
        state={"portraits": 0, "locaux": 0, "groupe": 0},
        body="""
Bonjour Lucie,

Petite modif rapide sur la photo de groupe, si vous avez deux minutes : tout le côté droit est plus sombre que le reste (Martine et Sandrine sont presque dans l'ombre du parasol). Est-ce que vous pourriez éclaircir cette zone, et recadrer un peu plus serré en haut ? Il y a beaucoup de ciel.

Nous voudrions la mettre en bannière sur LinkedIn cette semaine.

Bien cordialement,
""",
        quote=dict(when="2027-03-26 18:21", to="Karim Bensaïd <karim.bensaid@delmas-avocats.fr>",
                   subject="Photo de groupe - fichiers", sig=False, body="""
Bonjour Karim,

Ci-joint la photo de groupe en deux formats : paysage (6000 x 4000 px) et bannière web (1584 x 396 px).

Bien à vous,
Lucie Arnaud
"""),
        verdict="revision_over_limit", deliverable="groupe",
        note="Demande de retouche (éclaircir une zone, recadrer) sur la photo de groupe, dont le contrat n'inclut aucun tour (revisions = 0) : dès la première demande, c'est hors forfait. « Petite modif rapide » n'y change rien ; LinkedIn n'est que l'usage prévu.",
    ),
    dict(
        key="photo-deux-recrues", contract=K, lang="fr", style="outlook", sender="elsa",
        charset="utf-8", cte="quoted-printable",
        when="2027-04-20 14:41", subject="Deux nouvelles arrivées au cabinet",
        state={"portraits": 1, "locaux": 2, "groupe": 0},
        body="""
Bonjour Lucie,

Bonne nouvelle pour le cabinet : deux collaboratrices nous rejoignent le 3 mai, Agathe Lemoine et Clara Dos Santos. Nous aimerions qu'elles aient le même portrait que le reste de l'équipe pour la page du site et leurs cartes de visite – même fond, même lumière, couleur et noir et blanc.

Seriez-vous disponible courant mai pour les photographier au cabinet ? Dites-moi ce qui vous arrange, on s'adaptera.

Belle journée,
""",
        verdict="out_of_scope", deliverable="portraits",
        note="Portraits de deux nouvelles collaboratrices en plus des 15 prévus au contrat (« portraits », quantité 15) : unités supplémentaires, au tarif « Portrait d'un collaborateur supplémentaire ». La question de disponibilité n'en fait pas une simple logistique de rendez-vous.",
    ),
    dict(
        key="photo-ajouter-associe", contract=K, lang="fr", style="outlook", sender="sophie",
        charset="windows-1252", cte="quoted-printable",
        when="2027-04-08 18:55", subject="Photo de groupe pour la plaquette",
        state={"portraits": 1, "locaux": 1, "groupe": 0},
        body="""
Chère Lucie,

Nous préparons la nouvelle plaquette du cabinet et souhaitons utiliser la photo de groupe en double page d’ouverture. Seul souci : Olivier Perrin a dû filer au tribunal juste après son portrait et n’y figure pas, ce qui ne passera pas auprès de nos clients historiques, qui le connaissent tous.

Serait-il possible de le faire apparaître sur la photo, au deuxième rang à côté de James, à partir de son portrait du matin ? Il faudrait bien sûr que la lumière soit cohérente avec le reste du groupe.

Je vous remercie par avance,
""",
        verdict="out_of_scope",
        note="Faire apparaître sur la photo de groupe un associé absent, à partir de son portrait : c'est un ajout de personne, explicitement exclu (« Photomontage » : ajout ou suppression de personnes), même si aucun mot-clé de l'exclusion n'est employé. Le travail nouveau l'emporte sur la lecture « retouche de la photo de groupe ».",
    ),
    dict(
        key="photo-seminaire-plus-tot", contract=K, lang="fr", style="iphone", sender="sophie",
        when="2027-04-16 12:31", subject="Séminaire",
        state={"portraits": 1, "locaux": 2, "groupe": 0},
        body="""
Lucie,

Encore merci pour hier, tout le monde a apprécié votre discrétion entre les ateliers.

Une question importante : nous avons l’assemblée des associés le lundi 26 avril et Karim aimerait y projeter un diaporama du séminaire. Pourriez-vous nous livrer la galerie complète pour le vendredi 23 au plus tard, plutôt que le 30 ? Cela nous rendrait un grand service.

Bon week-end,
Sophie
""",
        verdict="out_of_scope", deliverable="seminaire",
        note="Demande de livrer la galerie du séminaire le 23 avril au lieu du 30 avril inscrit dans la description de « seminaire » : échéance plus courte que celle du contrat, donc changement de conditions (out_of_scope). Le diaporama est fait par Karim, pas demandé à la photographe.",
    ),
    dict(
        key="photo-fond-uniforme", contract=K, lang="fr", style="gmail", sender="elsa_perso",
        when="2027-03-30 19:12", subject="Re: Vos portraits sont en ligne",
        state={"portraits": 0, "locaux": 0, "groupe": 0},
        body="""
Bonjour Lucie,

Merci pour la galerie, les visages sont superbes et tout le monde se trouve à son avantage, ce qui est rare !

En les mettant côte à côte sur la maquette de la page équipe, notre agence web a remarqué que les arrière-plans varient pas mal d'une personne à l'autre : plus clairs pour ceux passés le matin, plus chauds l'après-midi, et on voit un bout de fenêtre derrière deux ou trois personnes. Serait-il possible d'avoir tout le monde sur le même fond gris, bien uniforme ?

Dites-moi ce qui est faisable.

Elsa
""",
        quote=dict(when="2027-03-26 18:04", body="""
Bonjour à tous,

La galerie des portraits est en ligne (lien ci-dessous, mot de passe : delmas2027).

Un tour de retouches est inclus : merci de regrouper vos demandes dans un seul message.

Bon week-end,
Lucie
"""),
        verdict="unclear",
        note="Deux lectures : harmoniser la teinte des arrière-plans sur les portraits livrés est une retouche (premier tour, « portraits » a 1 tour disponible → revision) ; mettre tout le monde sur un même fond gris en effaçant fenêtres et décors revient à remplacer le fond, exclu (« Photomontage » → out_of_scope). Le texte ne permet pas de trancher.",
    ),
    dict(
        key="photo-virement-solde", contract=K, lang="fr", style="outlook", sender="compta",
        charset="iso-8859-1", cte="quoted-printable",
        when="2027-03-31 15:02", subject="Règlement de votre facture LA-2027-011",
        state={"portraits": 1, "locaux": 1, "groupe": 0},
        body="""
Madame,

Nous vous informons que le virement de 2 175,00 euros TTC correspondant à votre facture n° LA-2027-011 (portraits des collaborateurs, photos des locaux et photo de groupe) a été émis ce jour. Il devrait apparaître sur votre compte sous 48 heures ouvrées.

Nous restons à votre disposition pour toute question.

Cordialement,
""",
        verdict="not_a_request",
        note="Avis de virement du service comptable ; il cite les portraits, les locaux et la photo de groupe mais ne demande aucun travail.",
    ),
    dict(
        key="photo-merci-james", contract=K, lang="en", style="outlook", sender="james",
        charset="utf-8", cte="quoted-printable",
        when="2027-04-07 08:44", subject="The portraits",
        state={"portraits": 1, "locaux": 1, "groupe": 0},
        body="""
Dear Lucie,

Just a line to say how pleased we all are with the portraits. Two of our clients mentioned the new team page over lunch yesterday, and my mother wants to frame mine, which is a first in thirty years of professional photos.

Looking forward to seeing you at Château Lavergne on the 15th.

Kind regards,
""",
        verdict="not_a_request",
        note="A thank-you naming the portraits; the framing is the partner's mother's plan, not a request for prints (« Tirages et impression »), and the seminar is only mentioned. No work asked.",
    ),
]
