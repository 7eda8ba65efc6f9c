"""Contract HA: Atelier Sauge Noire x Yann Le Moal (tattoo artist in Nantes drawing two composition
sketches, then a final design, for a custom black-and-grey half sleeve on the left arm, tattooing it in
three five-hour sessions and a touch-up after healing; French contract, EUR). Yann, a carpenter, writes in
French from his personal Gmail, his iPhone and his company's Outlook; his English partner Hannah, who
paid the deposit as his 40th-birthday present, writes in English."""
from mailgen import Msg, Quote, Attachment
import attachments as att
from people import *

K = "saugenoire-lemoal-tatouage"

Q_PISTES = Quote(NORA, (2027, 2, 3, 19, 12, 5), to=[YANN], subject="Tes deux pistes pour la demi-manche",
                 body="""\
Salut Yann,

Voilà les deux pistes, en photo (les originaux sont au studio si tu veux passer les voir en vrai) :

- piste A : le phare du Four en vertical sur le haut du bras, la houle qui descend jusqu'au coude, deux goélands dans le ciel ;
- piste B : le phare dans un médaillon découpé dans ta carte marine du Croisic, une rose des vents derrière, un chalutier en bas, et un goéland qui traverse.

Prends le temps de les regarder, choisis celle qui te parle et dis-moi ce que tu voudrais y changer. On a un tour de retouches sur le croquis avant que je passe au dessin définitif.

Nora""")

Q_PISTE_B2 = Quote(NORA, (2027, 2, 11, 18, 40, 22), to=[YANN], subject="Piste B retouchée",
                   body="""\
Salut Yann,

Voici la piste B avec tes retouches : le Marie-Jo à la place du chalutier (d'après ta photo de 1978), le goéland plus grand, ailes ouvertes, et les lignes de sonde de la carte à la place de la rose des vents.

C'était le tour de retouches prévu sur le croquis. Si ça te va, j'attaque le dessin définitif dès lundi et tu l'auras avant le 26 février comme prévu.

Nora""")

Q_DESSIN_V1 = Quote(NORA, (2027, 2, 22, 20, 5, 48), to=[YANN], subject="Dessin définitif - version 1",
                    body="""\
Salut Yann,

Le dessin définitif est en pièce jointe, calé sur tes mesures (31 cm de l'épaule au pli du coude, 36 cm de tour). J'ai posé les valeurs de gris pour que tu voies où seront les noirs pleins.

Deux tours de modifications sont compris : regarde-le tranquillement et envoie-moi toutes tes remarques en un seul message.

Nora""")

Q_DESSIN_V3 = Quote(NORA, (2027, 3, 8, 17, 55, 30), to=[YANN], subject="Dessin - version 3",
                    body="""\
Salut Yann,

Voici la v3 avec ta deuxième série de remarques : l'écume allégée sur le bas du bras, le goéland décalé pour ne pas tomber sur la veine, et le phare un peu plus étroit.

C'était le deuxième et dernier tour de modifications compris dans notre accord, donc c'est ce dessin qu'on tatouera à partir du 20 mars. Un tour supplémentaire serait facturé 90 €.

Nora""")

CASES = []


def case(**kw):
    CASES.append(kw)


# ha001 ------------------------------------------------------------------------
case(id="ha001", contract=K, lang="fr", verdict="in_scope", deliverable="croquis", state={},
     note="Une semaine après la signature, le client envoie les références promises pour les croquis (photos du phare du Four et du bateau de son grand-père, scan d'une carte marine de 1962, ses mesures) et demande si la photo de la carte suffit et vers quand arriveront les deux pistes : des éléments pour le travail prévu et des questions sur celui-ci, rien de nouveau.",
     msg=Msg("ha001", YANN, [NORA], (2027, 1, 18, 21, 14, 9), "Références pour ma demi-manche", """\
Salut Nora,

Comme promis mardi au studio, voici ce que j'ai rassemblé pour les croquis :

- deux photos du phare du Four prises depuis la pointe du Croisic (celle au coucher du soleil est ma préférée, mais c'est toi qui vois) ;
- le Marie-Jo, le bateau de mon grand-père, sur une photo de 1978 retrouvée chez ma tante. Il était caseyeur au Croisic ;
- un scan de la vieille carte marine qui était accrochée dans sa cuisine. Il y a une tache de café en bas à droite, désolé.

Pour les mesures, Hannah m'a mesuré avec son mètre de couturière : 31 cm du haut de l'épaule au pli du coude, 36 cm de tour au niveau du biceps (bras détendu, je précise, contracté on monte à 39).

Deux questions :
1. Tu as besoin de la carte en vrai ou le scan te suffit ? Elle est fragile, je préférerais éviter de la trimballer.
2. Tu penses pouvoir me montrer les deux pistes vers quand ? Je suis sur un chantier à Pornic du 25 au 29, je réponds le soir seulement.

Merci encore d'avoir accepté le projet, j'en parle à tout le monde.

Yann""", attachments=[Attachment("phare-du-four-coucher.jpg", "image/jpeg", att.JPEG),
                      Attachment("marie-jo-1978.jpg", "image/jpeg", att.JPEG),
                      Attachment("carte-le-croisic-1962.png", "image/png", att.png(24, 16, (196, 186, 150)))],
             sig=""))

# ha002 ------------------------------------------------------------------------
case(id="ha002", contract=K, lang="en", verdict="not_a_request", state={},
     note="The client's English partner says she has paid the 300 euro deposit by bank transfer (with its reference) as his 40th-birthday present and asks the artist to keep it between them: a payment notice. Her looking forward to the sketches asks for no work.",
     msg=Msg("ha002", HANNAH, [NORA], (2027, 1, 27, 12, 36, 51), "Yann's deposit", """\
Hello Nora,

I'm Hannah, Yann's other half. We said a quick hello when I picked him up after his consultation a couple of weeks ago.

Just to let you know that I've paid the €300 deposit by bank transfer this morning, from my Crédit Mutuel account, with the reference LEMOAL ARRHES. It should reach you by Friday.

The tattoo is my present for his 40th, so if he asks, could you just tell him the deposit's been taken care of? He's already tried to pay you twice.

I'm almost as excited as he is to see what you come up with!

All the best,
Hannah"""))

# ha003 ------------------------------------------------------------------------
case(id="ha003", contract=K, lang="fr", verdict="revision", deliverable="croquis", state={"croquis": 0},
     note="Le client choisit la piste B parmi les deux croquis livrés et demande d'y changer trois choses (son propre bateau à la place du chalutier, un goéland plus grand aux ailes ouvertes, autre chose que la rose des vents) : c'est le tour de retouches inclus sur le croquis, encore inutilisé. Le choix d'une piste seul serait in_scope, mais les modifications demandées font de ce message une révision.",
     msg=Msg("ha003", YANN, [NORA], (2027, 2, 5, 22, 3, 17), "Re: Tes deux pistes pour la demi-manche", """\
Salut Nora,

J'ai mis deux jours à m'en remettre. Les deux sont magnifiques, mais c'est la B, sans hésitation : le phare dans la carte, c'est exactement ce que j'avais en tête sans savoir l'expliquer.

Trois choses que je changerais dessus :

1. Le chalutier, ce n'est pas notre bateau. Tu pourrais mettre le Marie-Jo à la place ? C'est la photo de 1978 dans mon premier mail.
2. Le goéland fait un peu timide dans son coin. Je le verrais plus grand, les ailes bien ouvertes.
3. La rose des vents, j'ai peur que ça fasse tatouage de marin vu mille fois. Tu aurais une autre idée pour remplir derrière ?

Pour le reste, je ne touche à rien.

Yann""", quote=Q_PISTES, sig=""))

# ha004 ------------------------------------------------------------------------
case(id="ha004", contract=K, lang="fr", verdict="revision_over_limit", deliverable="croquis", state={"croquis": 1},
     note="Après le croquis retouché, que l'artiste présente comme le tour de retouches prévu avant le dessin définitif, le client demande encore de retourner le phare, de remplacer le goéland par un cormoran et de remonter la carte sur l'épaule : une deuxième série de changements sur le croquis, qui n'en inclut qu'une.",
     msg=Msg("ha004", YANN, [NORA], (2027, 2, 14, 11, 27, 40), "Re: Piste B retouchée", """\
Salut Nora,

Le Marie-Jo est parfait, on dirait que tu l'as connu. Mon père en a eu les larmes aux yeux.

Par contre, c'est lui qui m'a fait remarquer deux ou trois trucs en regardant le croquis, et maintenant je ne vois plus que ça :
- le phare est vu du mauvais côté. Depuis la pointe, la porte est à gauche, pas à droite. Il faudrait le retourner ;
- pour lui, un cormoran, ce serait plus nous qu'un goéland (mon grand-père les appelait les "curés", c'est une longue histoire) ;
- et la carte, tu pourrais la remonter de deux ou trois centimètres vers l'épaule ? Sur la photo, elle s'arrête un peu tôt à mon goût.

Je sais que tu voulais attaquer le dessin lundi, désolé de jouer les prolongations.

Yann""", quote=Q_PISTE_B2, sig_after_quote=True))

# ha005 ------------------------------------------------------------------------
case(id="ha005", contract=K, lang="fr", verdict="out_of_scope", state={"croquis": 2},
     note="Depuis sa messagerie d'entreprise, le client demande le dessin « en haute définition » une fois fini pour que son brodeur en fasse le logo au dos des vestes de ses huit salariés et sur les portes de sa camionnette : reproduire le dessin sur d'autres supports et fournir le fichier sont exclus (Cession de droits et reproduction du dessin). Sa proposition de payer ne change rien : c'est un nouveau travail à chiffrer.",
     msg=Msg("ha005", YANN_PRO, [NORA], (2027, 2, 17, 12, 48, 3), "Le phare pour les tenues de l'équipe ?", """\
Bonjour Nora,

Je t'écris du bureau pendant la pause, ne fais pas attention à la signature.

Une idée qui me trotte dans la tête depuis que j'ai montré le croquis aux gars : on refait les tenues de l'équipe au printemps (on est huit avec l'apprenti) et le phare avec le Marie-Jo ferait un super emblème brodé dans le dos des vestes. Et pourquoi pas sur les portes du camion, tant qu'à faire. L'entreprise porte le nom de mon grand-père, ça aurait du sens.

Est-ce que tu pourrais m'envoyer le dessin en haute définition quand il sera terminé, pour que mon brodeur de Carquefou puisse le reprendre ? Dis-moi ce que je te dois en plus, évidemment.

Bonne journée,"""))

# ha006 ------------------------------------------------------------------------
case(id="ha006", contract=K, lang="fr", verdict="revision", deliverable="dessin", state={"croquis": 2, "dessin": 0},
     note="Sur la version 1 du dessin définitif, le client envoie en un seul message ses changements (descendre le phare d'environ 2 cm pour qu'il ne tombe pas sur l'os de l'épaule, une houle moins serrée, « 1962 » sur la coque) : le premier des deux tours de modifications inclus sur le dessin.",
     msg=Msg("ha006", YANN, [NORA], (2027, 2, 24, 20, 31, 56), "Re: Dessin définitif - version 1", """\
Nora,

Je l'ai imprimé en taille réelle et je l'ai scotché sur mon bras devant la glace. Hannah s'est moquée de moi pendant dix minutes, mais ça valait le coup : c'est magnifique.

Voilà ma liste, comme tu as demandé, tout d'un coup :

1. En le posant sur le bras, la lanterne du phare arrive pile sur l'os de l'épaule. Tu m'avais dit que c'était l'endroit qui pique le plus, et surtout que ça se déforme quand je lève le bras. On peut descendre tout le phare de 2 cm à peu près ?
2. En bas, la houle est très serrée, on ne distingue plus bien les vagues. Un peu plus d'air entre elles ?
3. Est-ce que tu pourrais écrire 1962 sur la coque du Marie-Jo, en petit ? C'est l'année où mon grand-père l'a acheté.

C'est tout. Et encore merci.

Yann""", quote=Q_DESSIN_V1, sig=""))

# ha007 ------------------------------------------------------------------------
case(id="ha007", contract=K, lang="en", verdict="out_of_scope", state={"croquis": 2, "dessin": 1},
     note="The client's partner asks for a small cormorant for herself, on the inside of her ankle, in the same style, done while he sits for his first session, and offers to pay on top: a tattoo for another person on another part of the body is explicitly excluded (Autres tatouages et autres emplacements). 'Tattoo' and 'session' refer to the contract only as context.",
     msg=Msg("ha007", HANNAH_IPHONE, [NORA], (2027, 3, 2, 13, 9, 44), "A cheeky question", """\
Hi Nora,

A slightly cheeky question, so feel free to say no!

Yann showed me the new drawing last night and I've completely fallen for the cormorant. Would you have time to do a tiny one for me on the day of his first session? Same style, just the bird in flight, about the size of a two-euro coin, on the inside of my left ankle. I could come in at the end of the afternoon when he's finished, or at lunchtime while he's having a break.

I'd pay for it separately of course, it wouldn't come out of his present.

Hannah""", cc=[YANN]))

# ha008 ------------------------------------------------------------------------
case(id="ha008", contract=K, lang="fr", verdict="revision_over_limit", deliverable="dessin", state={"croquis": 2, "dessin": 2},
     note="Après la version 3, que l'artiste annonce comme le deuxième et dernier tour compris (le suivant à 90 €), le client demande les initiales de son grand-père sur la bouée, le faisceau du phare prolongé jusqu'en haut de l'épaule et une date plus discrète : un troisième tour de modifications sur un dessin qui en inclut deux.",
     msg=Msg("ha008", YANN, [NORA], (2027, 3, 9, 7, 52, 11), "Re: Dessin - version 3", """\
Salut Nora,

Elle est superbe, cette v3. J'ai hâte d'être au 20.

Petit souci quand même : ma mère est passée hier soir, elle a vu le dessin sur mon téléphone et elle a eu deux idées, et tu connais les mères, maintenant je ne pense plus qu'à ça :
- mettre les initiales de mon grand-père, J.L.M., sur la bouée à côté du bateau ;
- faire partir le faisceau du phare jusqu'en haut de l'épaule au lieu de s'arrêter au milieu.
Et de mon côté, le 1962 sur la coque ressort plus que je pensais. Tu pourrais le rendre plus discret ?

Dernier tour, promis juré.

Yann""", quote=Q_DESSIN_V3, text_only=True, sig=""))

# ha009 ------------------------------------------------------------------------
case(id="ha009", contract=K, lang="fr", verdict="not_a_request", state={"croquis": 2, "dessin": 3},
     note="Trois jours avant la première séance, le client confirme l'heure d'arrivée, dit où il se garera, qu'il apporte de quoi manger pour la pause et que sa compagne le déposera puis viendra le chercher : logistique de rendez-vous, aucun travail demandé.",
     msg=Msg("ha009", YANN_IPHONE, [NORA], (2027, 3, 17, 18, 22, 35), "Samedi", """\
Salut Nora,

C'est noté pour samedi 9 h 30. Je me garerai au parking Feydeau comme tu m'as conseillé, pas sur le cours.

J'amène de quoi grignoter pour la pause de midi, et des tongs pour traîner au studio (je plaisante). Hannah me dépose et repasse me chercher vers 15 h 30.

À samedi !
Yann"""))

# ha010 ------------------------------------------------------------------------
case(id="ha010", contract=K, lang="en", verdict="in_scope", deliverable="seances", state={"croquis": 2, "dessin": 3},
     note="Two weeks after the first session, the partner writes for the client (working on a roof with no signal): the lighthouse area is still flaking and one patch near the elbow is shiny; she asks whether the second session on 17 April can go ahead, whether to keep the same balm and when he may swim. Questions about a contracted session and its aftercare; no new work and no change.",
     msg=Msg("ha010", HANNAH, [NORA], (2027, 4, 6, 19, 47, 2), "Yann's arm - a few questions before the 17th", """\
Hello Nora,

Yann is up on a roof in Clisson all week with no signal to speak of, so he's asked me to get in touch.

The arm is healing well overall, but the lighthouse is still flaking quite a bit, and there's a patch just above the elbow, where the waves start, that looks a little shiny and raised compared with the rest. It doesn't hurt and it isn't hot, he says it just itches like mad in the evening.

So, a few questions from both of us:
- Is it still all right to go ahead with the second session on Saturday 17th, or would you rather wait?
- Should he carry on with the balm you gave him, or switch to something else now that it's peeling?
- His swimming club starts back on the 12th. Is that too soon?

Sorry for the list! He'd send photos but he's never in one place long enough for daylight.

Best,
Hannah"""))

# ha011 ------------------------------------------------------------------------
case(id="ha011", contract=K, lang="fr", verdict="unclear", deliverable="dessin", state={"croquis": 2, "dessin": 3},
     note="Après la deuxième séance, le client trouve que le ciel au-dessus du phare « fait un peu vide » et demande si l'on pourrait « mettre quelque chose » à cet endroit lors de la dernière séance. Plusieurs lectures : les gris de fond prévus au dessin validé et pas encore tatoués vont remplir cette zone (in_scope, rien à changer) ; il veut de nouveaux éléments, donc modifier le dessin dont les deux tours sont épuisés (revision_over_limit) ; ou un ajout qui demanderait plus que les cinq heures de la dernière séance (out_of_scope). Il faut lui demander ce qu'il imagine.",
     msg=Msg("ha011", YANN, [NORA], (2027, 4, 20, 21, 8, 26), "Après samedi", """\
Salut Nora,

Trois jours après, ça a déjà bien dégonflé. Les gars du chantier n'arrêtent pas de me demander de remonter ma manche, je vais finir par faire payer l'entrée.

Une question qui me travaille depuis samedi soir. En me regardant dans la glace de la salle de bain, je trouve que le ciel au-dessus du phare fait un peu vide : il y a comme un grand blanc entre le faisceau et le haut de l'épaule, on ne voit que ça quand je suis en tee-shirt.

Tu crois qu'on pourrait mettre quelque chose là le 22 mai ? Je te laisse juge, tu sais mieux que moi ce qui irait.

Yann"""))

# ha012 ------------------------------------------------------------------------
case(id="ha012", contract=K, lang="fr", verdict="out_of_scope", state={"croquis": 2, "dessin": 3},
     note="Pour la dernière séance, le client demande de prolonger les vagues d'un ou deux centimètres sous le coude pour y « noyer » une vieille étoile tatouée à 19 ans qui a bavé : faire disparaître un ancien tatouage est explicitement exclu (Recouvrement ou reprise d'anciens tatouages), et la zone sort de la demi-manche (épaule au pli du coude). Les mots « recouvrement » et « cover » n'apparaissent pas ; la confirmation de l'horaire est de la logistique.",
     msg=Msg("ha012", YANN, [NORA], (2027, 5, 4, 12, 55, 18), "Dernière séance du 22", """\
Salut Nora,

Même heure que les autres fois pour le 22, 9 h 30 ? Je bloque la journée.

Et une idée en passant, dis-moi franchement si c'est une mauvaise idée. Juste sous le pli du coude, côté intérieur, j'ai une petite étoile que je me suis fait faire à 19 ans dans un salon de Saint-Nazaire, un soir où j'aurais mieux fait de rentrer. Elle a bavé avec le temps, on dirait une tache d'encre. Puisque tes vagues arrivent juste au-dessus, tu ne pourrais pas les faire descendre d'un ou deux centimètres pour la noyer dedans ? Personne ne verrait la différence, et moi je serais débarrassé.

Merci, et à bientôt,
Yann""", text_only=True, sig=""))
