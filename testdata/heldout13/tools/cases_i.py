"""Contract I: Lukas Marti Music x Geneva International Chorus (arranger writing six arrangements for choir,
piano and string quartet, with engraved parts, vocal scores and learning tracks, for a 25th-anniversary
concert; English contract, CHF; the music director and a committee member write in English, the president,
the accompanist, the quartet's leader and the treasury system in French)."""
from mailgen import Msg, Quote, Attachment
import attachments as att
from people import *

K = "marti-geneva-arrangements"

Q_FIRST3 = Quote(LUKAS, (2027, 6, 4, 17, 55, 30), to=[HANNAH], subject="First three arrangements",
                 body="""\
Hi Hannah,

Attached are the full scores of Shenandoah, The Water Is Wide and Le Vieux Chalet, with the Dorico files in the shared folder.

Two rounds of changes are included on the arrangements. A round is one set of notes covering any of the six, so it's worth sending me everything together after your read-through.

Lukas""")

Q_PARTS = Quote(LUKAS, (2027, 6, 18, 16, 20, 0), to=[MIREILLE], cc=[HANNAH], subject="Parties et partitions chorales, arrangements 1 à 3",
                body="""\
Bonjour Mireille,

Voici les parties instrumentales (violons, alto, violoncelle, piano) et les partitions chorales avec réduction pour piano des trois premiers arrangements.

Un tour de corrections est prévu sur les parties : n'hésite pas à regrouper tes remarques et celles du quatuor.

Lukas""")

Q_FINAL6 = Quote(LUKAS, (2027, 8, 17, 10, 5, 12), to=[HANNAH], subject="Final versions: all six arrangements",
                 body="""\
Hi Hannah,

Here are the final full scores of all six arrangements with your second set of notes applied: the new piano introduction to La Mer, the shorter coda in the Ranz des vaches, and the tenors out of the stratosphere in Bridge.

That was the second and last included round on the arrangements, so these are the versions I'm now taking into the parts and the learning tracks.

Lukas""")

Q_TRACKS = Quote(LUKAS, (2027, 9, 6, 9, 40, 0), to=[OLIVIER], cc=[HANNAH], subject="Pistes d'apprentissage",
                 body="""\
Bonjour Olivier,

Les 24 pistes d'apprentissage sont dans le dossier partagé : une par pupitre (soprano, alto, ténor, basse) pour chacun des six arrangements, la voix concernée en avant sur la maquette piano et cordes.

Bonne mise en place,
Lukas""")

CASES = []


def case(**kw):
    CASES.append(kw)


# i001 -------------------------------------------------------------------------
case(id="i001", contract=K, lang="en", verdict="in_scope", deliverable="arrangements", state={},
     note="Hannah sends the running order, current keys, section sizes and tenor range limits and asks when the first two arrangements will arrive: client input and a timing question on contracted work. The mention that the chorus is clearing rights for La Mer asks nothing of the arranger.",
     msg=Msg("i001", HANNAH, [LUKAS], (2027, 5, 5, 22, 14, 3), "Song list, keys and a few practicalities", """\
Hi Lukas,

Thank you for a very inspiring first meeting. The committee is still talking about your idea of a cello drone under the Ranz des vaches.

Here is the final running order for the six, with the keys we currently sing them in (where we do):

1. Shenandoah (trad.): D major
2. The Water Is Wide (trad.): E flat
3. Le Vieux Chalet (Bovet): we sing an old harmonisation in G, very happy to leave it behind
4. Le Ranz des vaches: free
5. La Mer (Trenet): Olivier tells me the rights are being sorted with the publisher
6. Bridge over Troubled Water: free

For planning: 62 singers, roughly 22 sopranos, 18 altos, 9 tenors and 13 basses. The tenors are our weak spot, so please keep anything sustained below F4, and no more than two-way divisi in any section except the sopranos.

Lyric sheets and a recording of last year's concert are in the Dropbox.

When do you expect to send the first two? I'd love to read them with the choir before the summer break.

All best,
Hannah"""))

# i002 -------------------------------------------------------------------------
case(id="i002", contract=K, lang="fr", verdict="in_scope", deliverable="parts", state={"arrangements": 1, "parts": 0},
     note="La première violon du quatuor demande les parties séparées des trois premiers arrangements en PDF et la date des parties suivantes : demande des fichiers prévus et question de calendrier sur un livrable du contrat. Les coups d'archet sont ajoutés par le quatuor lui-même.",
     msg=Msg("i002", ANOUK, [LUKAS], (2027, 6, 22, 8, 55, 41), "Parties pour le quatuor", """\
Bonjour Lukas,

Je suis Anouk Meylan, premier violon du Quatuor du Salève ; Hannah m'a dit que les parties des trois premiers arrangements étaient prêtes.

Est-ce que vous pourriez me les envoyer directement en PDF (violon 1, violon 2, alto, violoncelle) ? On se retrouve à quatre le 2 juillet et j'aimerais les distribuer avant, pour qu'on ait le temps de noter nos coups d'archet.

Et pour les trois arrangements suivants, vous avez une idée de quand les parties arriveront ?

Merci beaucoup, et au plaisir de vous rencontrer !

Anouk""", cc=[HANNAH]))

# i003 -------------------------------------------------------------------------
case(id="i003", contract=K, lang="en", verdict="revision", deliverable="arrangements", state={},
     note="Hannah sends the notes from the read-through of the first three arrangements in one message (voices swapped, a bar before the key change, a shorter interlude, unison instead of divisi, an ossia): the first of the two included rounds on the arrangements.",
     msg=Msg("i003", HANNAH, [LUKAS], (2027, 6, 8, 23, 2, 18), "Re: First three arrangements", """\
Hi Lukas,

We read all three on Tuesday night and the choir was buzzing. They applauded the strings in The Water Is Wide before they'd sung a note.

Notes from me and the section leaders, all in one go as requested:

Shenandoah
- the tenor line sits on E4 to F#4 for most of the second verse (bb. 33-48). They can manage it once, not for sixteen bars. Could tenors and altos swap there?
- the key change into the last verse feels abrupt; one bar of piano to set it up would help.

The Water Is Wide
- the string interlude before verse 3 is gorgeous but long. Could you cut it to 8 bars?

Le Vieux Chalet
- the soprano divisi at "le chalet là-haut" looks fine on paper but sounds thin with our numbers. Unison there?
- the basses would like the low D at the end as an optional ossia rather than the written note.

Thank you, these are wonderful.
Hannah""", quote=Q_FIRST3))

# i004 -------------------------------------------------------------------------
case(id="i004", contract=K, lang="fr", verdict="revision", deliverable="parts", state={"arrangements": 1, "parts": 0},
     note="La pianiste regroupe ses remarques et celles du quatuor sur les parties et partitions chorales livrées (tourne de page, taille des portées, lettres de répétition, notes de repère) : le seul tour prévu sur les parties, encore inutilisé. Aucune note de l'arrangement n'est changée.",
     msg=Msg("i004", MIREILLE, [LUKAS], (2027, 6, 25, 19, 40, 26), "Re: Parties et partitions chorales, arrangements 1 à 3", """\
Bonjour Lukas,

J'ai déchiffré les réductions ce week-end et j'ai fait le tour du quatuor pour regrouper les remarques :

– Réduction de piano du Vieux Chalet : tourne de page impossible entre les mesures 52 et 53, en plein arpège. Si tu peux réorganiser la mise en page, quitte à laisser une page blanche, ce serait idéal.
– Partitions chorales : les portées sont vraiment petites pour nos choristes qui ne sont plus tout jeunes. Pourrais-tu les agrandir, même si ça fait plus de pages ?
– Lettres de répétition : le quatuor en voudrait toutes les huit mesures, les mêmes dans les parties et dans le conducteur.
– Partie d'alto de Shenandoah : il manque des notes de repère avant l'entrée de la mesure 61, après vingt-quatre mesures de pause.

Merci d'avance !
Mireille""", quote=Q_PARTS))

# i005 -------------------------------------------------------------------------
case(id="i005", contract=K, lang="en", verdict="revision_over_limit", deliverable="arrangements", state={"arrangements": 2, "parts": 1},
     note="After the arranger delivered the final scores saying both included rounds on the arrangements were used, Hannah asks for an a cappella last verse in Bridge and the tune moved from altos to sopranos in La Mer: a third round of changes on the arrangements, which she acknowledges.",
     msg=Msg("i005", HANNAH, [LUKAS], (2027, 8, 24, 8, 12, 9), "Re: Final versions: all six arrangements", """\
Hi Lukas,

Thanks for these. I spent the weekend at the piano with them and two things keep nagging at me:

1. Bridge over Troubled Water: I'd really like the last verse a cappella, with strings and piano dropping out at bar 71 and only coming back for the final chord. I think it would be the moment of the whole concert.

2. La Mer: the altos have the tune in the second verse and it sits too low for them to carry over the quartet. Could it go to the sopranos, with the altos taking the countermelody instead?

I know we're past the agreed rounds. I still think both are worth doing before the parts go out, so let me know what's possible.

Hannah""", quote=Q_FINAL6, sig_after_quote=True))

# i006 -------------------------------------------------------------------------
case(id="i006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="learning-tracks", state={"arrangements": 2, "parts": 1, "learning-tracks": 0},
     note="Le président demande de refaire deux pistes d'apprentissage plus lentement, de remonter la voix d'alto sur les six morceaux et d'ajouter un décompte : modifications d'un livrable sans tour de révision, hors limite dès la première demande. La date des répétitions est du contexte.",
     msg=Msg("i006", OLIVIER, [LUKAS], (2027, 9, 13, 7, 48, 52), "RE: Pistes d'apprentissage", """\
Cher Lukas,

Les pistes d'apprentissage sont sur l'espace membres depuis lundi passé et je peux vous dire qu'elles tournent : nonante pour cent des choristes les ont déjà téléchargées, c'est une première chez nous.

J'ai toutefois reçu pas mal de remarques, que je résume ici :

– le tempo de Bridge over Troubled Water et du Ranz des vaches est trop rapide pour apprendre. Pouvez-vous refaire ces deux-là, environ vingt pour cent plus lent ?
– sur les pistes d'alto, on entend trop le piano et pas assez la voix mise en avant ; il faudrait remonter nettement la partie d'alto sur les six morceaux ;
– plusieurs basses aimeraient un décompte de deux mesures avant le début.

Pouvez-vous nous renvoyer des fichiers corrigés d'ici la fin du mois ? Les répétitions intensives reprennent le 2 octobre.

Avec mes meilleures salutations,""", quote=Q_TRACKS))

# i007 -------------------------------------------------------------------------
case(id="i007", contract=K, lang="fr", verdict="out_of_scope", state={"arrangements": 2, "parts": 1, "learning-tracks": 0},
     note="Le président demande à l'arrangeur de diriger deux partielles des ténors et de tenir le piano à la générale : direction, répétitions et exécution, exclues du contrat. Le défraiement proposé ne change rien.",
     msg=Msg("i007", OLIVIER, [LUKAS], (2027, 9, 20, 12, 31, 4), "Partielles des ténors en octobre", """\
Cher Lukas,

Une demande un peu particulière. Hannah sera en Angleterre pour des raisons familiales les samedis 16 et 23 octobre, et nos ténors peinent encore dans Shenandoah et La Mer.

Personne ne connaît ces arrangements mieux que vous : accepteriez-vous de diriger une partielle des ténors ces deux samedis matin, de 9 h 30 à midi, à la salle paroissiale des Pâquis ? Et, si vous êtes libre, de tenir le piano à la générale du vendredi 12 novembre ? Mireille sera en tournée ce soir-là.

Nous vous défraierons évidemment du trajet depuis Lausanne.

Avec mes meilleures salutations,"""))

# i008 -------------------------------------------------------------------------
case(id="i008", contract=K, lang="en", verdict="out_of_scope", state={"arrangements": 2, "parts": 1},
     note="Sunita asks the arranger to write programme notes on the six arrangements and a short biography for the concert booklet: writing work that no deliverable covers, new work even though it is about the contracted arrangements.",
     msg=Msg("i008", SUNITA, [LUKAS], (2027, 10, 1, 13, 20, 37), "Programme booklet for 14 November", """\
Dear Lukas,

I'm putting together the programme booklet for the anniversary concert and wondered whether you could help.

Could you write a short note on each of the six arrangements, say 120 to 150 words each, about how you approached the song and what the audience should listen out for? And a short biography of yourself, 100 words or so, with a photo if you have one. The booklet goes to the designer on 18 October.

Thank you so much. Everyone in the choir is loving the music.

Best wishes,
Sunita"""))

# i009 -------------------------------------------------------------------------
case(id="i009", contract=K, lang="en", verdict="out_of_scope", deliverable="arrangements", state={"arrangements": 1},
     note="Hannah asks for arrangements 4 to 6 by Friday 2 July instead of 30 July, the date in the deliverable, because of the summer retreat: an earlier deadline, a change of terms. The retreat dates are context.",
     msg=Msg("i009", HANNAH, [LUKAS], (2027, 6, 15, 18, 7, 59), "Retreat dates and the last three songs", """\
Hi Lukas,

A scheduling change on our side: the committee has moved the summer retreat at Les Diablerets to 9-11 July, and I'd love the choir to leave it having sung through the whole programme at least once.

That means having arrangements 4 to 6 (Ranz des vaches, La Mer and Bridge) by Friday 2 July rather than at the end of the month. Would that be possible? I realise it's four weeks earlier than we agreed.

Best,
Hannah"""))

# i010 -------------------------------------------------------------------------
case(id="i010", contract=K, lang="fr", verdict="unclear", deliverable="arrangements", state={"arrangements": 1},
     note="La pianiste rapporte que les hommes n'ont pas grand-chose à chanter dans La Mer et que certains veulent « une version rien que pour eux » : soit leur donner davantage dans l'arrangement existant, par exemple un couplet pour les hommes, dans le tour restant (révision), soit une version séparée pour voix d'hommes, un septième arrangement (hors périmètre). Il faut demander ce que le comité veut.",
     msg=Msg("i010", MIREILLE, [LUKAS], (2027, 6, 20, 21, 16, 45), "La Mer et les messieurs", """\
Bonjour Lukas,

Une question qui remonte du comité : dans La Mer, les hommes n'ont pas grand-chose à se mettre sous la dent et ça commence à râler du côté des ténors et des basses. Certains ont même parlé d'une version rien que pour eux.

Tu vois ce qu'on pourrait faire ?

Bises,
Mireille"""))

# i011 -------------------------------------------------------------------------
case(id="i011", contract=K, lang="en", verdict="not_a_request", state={"arrangements": 0},
     note="Hannah proposes a coffee in Lausanne, or a video call as an alternative, to go through the first drafts: meeting logistics, asking for no work.",
     msg=Msg("i011", HANNAH, [LUKAS], (2027, 6, 5, 10, 44, 21), "Coffee on Thursday?", """\
Hi Lukas,

I'll be in Lausanne on Thursday 10 June for a rehearsal at the cathedral, so if it suits you we could meet for a coffee and go through the first drafts together. Say 11:00 at the café opposite the station?

If Thursday doesn't work, a video call on Friday afternoon is just as good; I'm free from 2 pm.

Hannah"""))

# i012 -------------------------------------------------------------------------
case(id="i012", contract=K, lang="fr", verdict="not_a_request", state={"arrangements": 1, "parts": 0},
     note="Avis de paiement automatique de la trésorerie du chœur pour le deuxième acompte, qui cite les arrangements et les parties mais ne demande aucun travail.",
     msg=Msg("i012", TRESORERIE, [LUKAS], (2027, 7, 30, 6, 15, 0), "Avis de paiement GIC-2027-031", """\
AVIS DE PAIEMENT

Le Chœur international de Genève (Geneva International Chorus) a exécuté le paiement suivant :

Bénéficiaire : Lukas Marti Music, Lausanne
Référence : GIC-2027-031
Date d'exécution : 30.07.2027
Montant : CHF 3'280.00
Motif : 2e acompte selon contrat, arrangements 1 à 6 et parties (facture LMM-27-012)

Le montant est crédité en général sous un à deux jours ouvrables.

Ce message est généré automatiquement par le logiciel de gestion du chœur. Merci de ne pas y répondre ; pour toute question, écrivez à tresorier@genevachorus.ch.""", sig="",
             extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Webling"]))
