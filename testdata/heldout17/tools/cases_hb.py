"""Contract HB: Atelier Rigal Pianos x La Clé des Puys (piano technician tuning the eleven upright pianos
of a music school in Riom, preparing its Yamaha C5 grand, tuning it on the morning of the end-of-year
concert and writing a condition report on the whole fleet; French contract, EUR; the director and the
school secretary write in French, the Scottish piano teacher in English)."""
from mailgen import Msg, Quote, Attachment, Person
import attachments as att
from people import *

K = "rigal-cledespuys-pianos"

PUJOL = Person("Sandrine Pujol", "s.pujol@rlv.eu", "outlook", "fr", PAR,
               "Sandrine Pujol\nChargée de mission culture\nRiom Limagne et Volcans")

Q_ACCORDS = Quote(ANSELME, (2027, 10, 22, 18, 40, 3), to=[HELENE], cc=[BASTIEN],
                  subject="Campagne d'accord - compte rendu", body="""\
Bonjour Madame Vidal,

Les onze pianos droits sont accordés au 440. Pour mémoire :
- salle 2 (Pleyel) : pédale douce resserrée, deux touches qui accrochaient dans l'aigu libérées ;
- salle 7 (Samick) : l'accord tient mal, les chevilles sont fatiguées, j'en reparlerai dans le rapport ;
- salle 9 : le module silent ne s'allume plus, ce n'est pas de mon ressort (voir avec le revendeur).

Comme prévu, une repasse de contrôle est comprise dans le mois : dites-moi quels pianos vous semblent avoir bougé, je regrouperai tout en un seul passage.

Bien cordialement,
Anselme Rigal""")

Q_AGGLO = Quote(PUJOL, (2027, 11, 8, 11, 2, 0), to=[HELENE], forward=True,
                subject="Commission culture - dossiers d'investissement 2028", body="""\
Madame la Directrice,

La commission culture et patrimoine examinera les demandes d'investissement des structures conventionnées pour l'exercice 2028 lors de sa séance du mardi 30 novembre 2027.

Les dossiers complets (fiche projet, devis ou diagnostic chiffré, plan de financement) devront nous parvenir au plus tard le mercredi 24 novembre 2027 à 12 h, par courriel à culture@rlv.eu.

Aucun dossier incomplet ne pourra être présenté en commission.

Je reste à votre disposition pour tout renseignement.

Sandrine Pujol
Chargée de mission culture
Riom Limagne et Volcans""")

Q_RAPPORT = Quote(ANSELME, (2027, 12, 13, 17, 25, 44), to=[HELENE], cc=[BASTIEN],
                  subject="Rapport d'état du parc de pianos", body="""\
Bonjour Madame Vidal,

Vous trouverez ci-joint le rapport d'état du parc : douze fiches (les onze droits et le C5) et une synthèse de deux pages classée par urgence, avec les estimations en TTC comme Bastien l'avait demandé.

Un tour de corrections est prévu : regroupez vos remarques et celles du bureau dans un seul message.

Bien cordialement,
Anselme Rigal""")

Q_C5 = Quote(ANSELME, (2028, 1, 25, 19, 10, 27), to=[HELENE, FIONA], cc=[BASTIEN],
             subject="Yamaha C5 - préparation terminée", body="""\
Bonjour à tous,

Le C5 est prêt : mécanique réglée (enfoncement, échappement, répétition), marteaux égalisés et harmonisés, accord au 440. Il avait beaucoup souffert de l'air sec de l'auditorium, je vous conseille vivement un humidificateur (voir la fiche 12 du rapport).

Deux séances de retouche sont prévues au contrat : jouez-le une ou deux semaines, puis envoyez-moi vos remarques.

Anselme Rigal""")

Q_C5_R1 = Quote(ANSELME, (2028, 2, 21, 18, 3, 12), to=[FIONA, HELENE],
                subject="Re: Yamaha C5 - préparation terminée", body="""\
Bonjour Fiona, bonjour Madame Vidal,

Retouche faite ce lundi : aigus adoucis sur les deux dernières octaves, una corda réglée sur toute l'étendue, et le mi bémol 4 repiqué.

C'était la première des deux séances de retouche prévues ; il en reste une.

Anselme Rigal""")

Q_C5_R2 = Quote(ANSELME, (2028, 4, 10, 18, 45, 0), to=[HELENE, FIONA], cc=[BASTIEN],
                subject="C5 - deuxième retouche", body="""\
Bonjour à tous,

Deuxième séance faite ce matin : j'ai allégé le toucher par le réglage (enfoncement et ressorts de rappel), sans toucher au plombage, et repris l'égalisation du grave pour la classe de jazz.

C'était la deuxième et dernière séance de retouche comprise dans le contrat ; la préparation du C5 est donc terminée. Une séance supplémentaire serait facturée 110 €.

Rendez-vous le 17 juin au matin pour l'accord de concert.

Anselme Rigal""")

CASES = []


def case(**kw):
    CASES.append(kw)


# hb001 ------------------------------------------------------------------------
case(id="hb001", contract=K, lang="fr", verdict="in_scope", deliverable="accords", state={},
     note="Le secrétaire de l'école envoie la liste des onze pianos droits salle par salle (exactement les onze du contrat ; le piano numérique et le C5 sont mis à part), le code du parking, et demande quels jours conviennent et s'il vaut mieux accorder avant ou après la remise en route du chauffage : des éléments et des questions pour le travail prévu.",
     msg=Msg("hb001", BASTIEN, [ANSELME], (2027, 9, 14, 10, 5, 21), "Pianos de l'école : liste et accès", """\
Bonjour Monsieur Rigal,

Suite à la signature du contrat avec Mme Vidal, je suis chargé de préparer votre venue pour l'accord des pianos. Voici la liste des droits, salle par salle :

- salle 1 : Yamaha U3 noir
- salle 2 : Pleyel P118, le doyen, des années 80
- salle 3 : Kawai K-300
- salle 4 : Yamaha U1
- salle 5 : Schimmel 120
- salle 6 : Yamaha U1 (oui, un deuxième)
- salle 7 : Samick, don d'un parent d'élève en 2019
- salles 8 et 9 : deux Yamaha B3 silent
- salle d'éveil (rez-de-chaussée) : Kawai E-200
- salle de formation musicale : Seiler 116

Ça fait bien onze. Je ne compte ni le piano numérique de la salle de MAO ni le C5 de l'auditorium, qui a son propre créneau en janvier si j'ai bien compris.

Quelques questions pratiques :
1. Les cours reprennent le 25 septembre. Le lundi et le jeudi matin, les salles sont vides toute l'année : ça vous irait ?
2. Le chauffage est rallumé vers la mi-octobre. Vaut-il mieux accorder avant ou après ?
3. Il faut passer par l'accueil pour le badge du portail. Le code du parking est le 4517B.

Bien cordialement,"""))

# hb002 ------------------------------------------------------------------------
case(id="hb002", contract=K, lang="fr", verdict="out_of_scope", deliverable="accords", state={},
     note="La directrice demande d'accorder aussi, « dans la foulée », les deux pianos droits de l'espace Jean-Moulin à Mozac, où l'école donne désormais des cours : treize pianos quand onze sont vendus, sur un autre site que le contrat exclut (Autres instruments et autres sites). Le mot « antenne » n'apparaît pas.",
     msg=Msg("hb002", HELENE, [ANSELME], (2027, 10, 5, 16, 22, 47), "Accords : deux pianos de plus à Mozac ?", """\
Bonjour Monsieur Rigal,

Bastien me dit que vous avez calé la campagne d'accord les 18 et 21 octobre, c'est parfait.

Une demande de dernière minute : depuis la rentrée, nous donnons aussi des cours à l'espace Jean-Moulin de Mozac, dans le cadre de la convention avec la mairie. Il y a là-bas deux pianos droits, un Yamaha et un Feurich, qui n'ont pas vu d'accordeur depuis au moins trois ans et qui sont vraiment éprouvants pour les professeurs.

Puisque vous serez à Riom ces jours-là, pourriez-vous faire un crochet par Mozac (c'est à cinq minutes) et vous en occuper dans la foulée ? Le gardien peut vous ouvrir dès 8 h.

Bien cordialement,""", cc=[BASTIEN]))

# hb003 ------------------------------------------------------------------------
case(id="hb003", contract=K, lang="fr", verdict="not_a_request", state={},
     note="Réponse automatique d'absence de la directrice (vacances de la Toussaint) au compte rendu de l'accordeur : elle indique qui contacter et ne demande aucun travail.",
     msg=Msg("hb003", HELENE, [ANSELME], (2027, 10, 22, 18, 40, 59), "Réponse automatique : Campagne d'accord - compte rendu", """\
Bonjour,

Je suis absente du samedi 23 octobre au dimanche 7 novembre inclus (vacances de la Toussaint) et je n'aurai qu'un accès limité à ma messagerie.

Pour toute question urgente concernant l'école (inscriptions, plannings, salles), vous pouvez contacter Bastien Roche au secrétariat : 04 73 55 62 18 ou bastien.roche.cdp@gmail.com.

Cordialement,
Hélène Vidal
Directrice - École de musique La Clé des Puys""", sig="",
             extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]))

# hb004 ------------------------------------------------------------------------
case(id="hb004", contract=K, lang="en", verdict="revision", deliverable="accords", state={"accords": 0},
     note="While the director is away, the piano teacher gathers the teachers' remarks for the follow-up visit offered in the quoted report: since the heating came on, the Schimmel's treble has gone flat and the Pleyel sounds sour around middle C. Retouching delivered tunings is the one 'repasse de contrôle' included on the tuning campaign, still unused. The history is in French.",
     msg=Msg("hb004", FIONA, [ANSELME], (2027, 11, 3, 17, 48, 30), "Re: Campagne d'accord - compte rendu", """\
Dear Mr Rigal,

Hélène is away until next week and asked me to gather the teachers' comments for the follow-up visit you mention below, so here they are. I hope English is all right: my French is fine for lessons, less so for pianos!

Since the heating came on, two of the pianos have wandered:
- room 5, the Schimmel: the top octave and a half is noticeably flat now, and the unisons sound wobbly;
- room 2, the Pleyel: chords around middle C sound sour, the F and the A especially.

All the others seem fine to everyone. Mondays are best for us, as you know.

With thanks,
Fiona""", quote=Q_ACCORDS, cc=[BASTIEN], sig=""))

# hb005 ------------------------------------------------------------------------
case(id="hb005", contract=K, lang="fr", verdict="out_of_scope", deliverable="rapport", state={"accords": 1},
     note="La directrice transfère le courriel de l'agglomération (dossiers à déposer le 24 novembre) et demande le rapport d'état du parc pour le lundi 22 novembre, « plutôt que mi-décembre », même sans mise en page définitive : le contrat fixe la remise au plus tard le 15 décembre 2027, une date plus tôt est un changement des conditions. Le message transféré est adressé à l'école et ne demande rien à l'accordeur.",
     msg=Msg("hb005", HELENE, [ANSELME], (2027, 11, 9, 8, 55, 16), "TR: Commission culture - dossiers d'investissement 2028", """\
Bonjour Monsieur Rigal,

Je vous transfère le message de l'agglo reçu hier. Comme vous le verrez, la commission culture examine les demandes d'investissement 2028 le 30 novembre, et les dossiers doivent être complets le 24 au plus tard.

Votre rapport sur l'état du parc est la pièce maîtresse de notre dossier : sans lui, pas de ligne budgétaire pour le Pleyel et le Samick avant 2029. Serait-il possible de nous l'envoyer pour le lundi 22 novembre, plutôt que mi-décembre comme prévu ? Même une version sans la mise en page définitive nous irait.

Merci d'avance, et bravo pour la campagne d'accord : les professeurs sont ravis.

Bien cordialement,""", quote=Q_AGGLO))

# hb006 ------------------------------------------------------------------------
case(id="hb006", contract=K, lang="fr", verdict="in_scope", deliverable="rapport", state={"accords": 1},
     note="Le secrétaire envoie, pour les fiches du rapport, les numéros de série et les années d'achat retrouvés dans les archives (et une photo de l'inventaire de 2019), et demande si les estimations seront en HT ou en TTC : des éléments fournis pour le rapport prévu et une question sur celui-ci, avant sa livraison.",
     msg=Msg("hb006", BASTIEN, [ANSELME], (2027, 11, 17, 14, 31, 9), "Infos pour le rapport (numéros de série)", """\
Bonjour Anselme,

Comme convenu au téléphone, j'ai fouillé dans les archives de l'ancien directeur. Voici ce que j'ai retrouvé pour vos fiches :

- Pleyel, salle 2 : acheté d'occasion en 1994, n° 234118 ; une facture de 2006 parle d'une « remise en état », sans détail
- Samick, salle 7 : don de la famille Chabrol en 2019, aucune facture
- Yamaha U3, salle 1 : acheté neuf en 2008, n° 5482310
- le C5 de l'auditorium : 2012, n° 6390774, financé à moitié par le Département à l'époque
- pour les autres, la photo ci-jointe de l'inventaire de 2019, pas très lisible, désolé.

Petite question : vos estimations, vous les mettez en HT ou en TTC ? L'agglo veut du TTC dans les dossiers.

Merci et bonne fin de semaine,
Bastien""", attachments=[Attachment("inventaire_instruments_2019.jpg", "image/jpeg", att.JPEG)]))

# hb007 ------------------------------------------------------------------------
case(id="hb007", contract=K, lang="fr", verdict="not_a_request", state={"accords": 1, "rapport": 0},
     note="La directrice remercie pour le rapport livré, dont elle a repris la synthèse telle quelle, annonce que l'agglomération a repoussé l'examen du dossier à février et que la facture est partie chez le trésorier : remerciements, nouvelles et information de paiement, aucune correction ni travail demandé, même si « rapport », « synthèse » et « facture » apparaissent.",
     msg=Msg("hb007", HELENE, [ANSELME], (2027, 12, 15, 12, 18, 33), "RE: Rapport d'état du parc de pianos", """\
Bonjour Monsieur Rigal,

Un grand merci pour le rapport, clair et complet. J'ai pu reprendre votre synthèse telle quelle pour le bureau de lundi, et le président a été très impressionné par les photos des chevilles du Samick.

Bonne nouvelle au passage : l'agglo a accepté de présenter notre dossier à la commission de février, nous avons donc eu bien raison de ne pas nous précipiter.

Votre facture pour la campagne d'accord et le rapport est partie chez notre trésorier, M. Dumas, qui fait les virements le 5 de chaque mois : vous devriez la voir passer début janvier.

Belles fêtes de fin d'année,""", quote=Q_RAPPORT))

# hb008 ------------------------------------------------------------------------
case(id="hb008", contract=K, lang="fr", verdict="out_of_scope", state={"accords": 1, "rapport": 0},
     note="Le secrétaire demande à l'accordeur de « descendre » le Yamaha de la salle 6 jusqu'à la salle polyvalente du rez-de-chaussée pour les auditions (quatre marches, couloir étroit), puis de le remonter, avec un collègue : déplacer un piano est exclu du contrat (Transport et déménagement de pianos). La réservation de l'auditorium pour la préparation du C5 le 24 est de la logistique ; la demande la plus sérieuse l'emporte.",
     msg=Msg("hb008", BASTIEN, [ANSELME], (2028, 1, 12, 9, 14, 2), "Auditions de février + C5", """\
Bonjour Anselme,

Deux choses avant votre venue du 24 pour le C5.

Cette année, les auditions de la classe de piano auront lieu le 10 février dans la salle polyvalente du rez-de-chaussée, parce que l'auditorium est occupé par la résidence de la compagnie de danse du 7 au 18. Il faudrait donc descendre le Yamaha de la salle 6 jusqu'en bas (il y a un petit escalier de quatre marches et un couloir assez étroit), puis le remonter après les auditions. Vous pourriez vous en charger avec un collègue ? Des parents d'élèves s'étaient proposés, mais Mme Vidal préfère que ce soit fait par quelqu'un qui sait.

Et pour le 24 : je vous réserve l'auditorium de 8 h 30 à 17 h, ça vous suffit ?

Bonne journée,
Bastien""", text_only=True))

# hb009 ------------------------------------------------------------------------
case(id="hb009", contract=K, lang="en", verdict="revision", deliverable="queue", state={"accords": 1, "rapport": 0, "queue": 0},
     note="After two weeks of lessons on the prepared C5, the piano teacher sends the piano team's three remarks (top two octaves too bright, una corda uneven, a metallic E flat): changes to the delivered preparation, the first of the two retouching sessions included. The history is in French.",
     msg=Msg("hb009", FIONA, [ANSELME], (2028, 2, 8, 18, 2, 44), "Re: Yamaha C5 - préparation terminée", """\
Dear Anselme,

The C5 feels like a new instrument, thank you! The students with small hands noticed straight away how much easier the repeated notes are.

We've now had two weeks of lessons and a chamber music rehearsal on it, and the piano team has three remarks:

1. The top two octaves have become quite bright, almost glassy at forte. Our cellist called it 'shouty'. Could they be mellowed a little so they blend with the middle?
2. The una corda doesn't seem to work evenly: in the bass it softens the sound nicely, in the treble hardly at all.
3. The E flat above middle C has a slightly metallic ping that the notes around it don't have.

Any Monday in February would suit us for the visit.

Best wishes,
Fiona""", quote=Q_C5, cc=[HELENE], sig=""))

# hb010 ------------------------------------------------------------------------
case(id="hb010", contract=K, lang="fr", verdict="unclear", deliverable="queue", state={"accords": 1, "rapport": 0, "queue": 1},
     note="La directrice rapporte que le professeur de jazz trouve le C5 « lourd comme un camion » et voudrait « un toucher nettement plus léger », proche d'un Steinway, sans perdre le travail déjà fait. Deux lectures : un réglage de la mécanique dans la seconde séance de retouche encore disponible (revision), ou un allègement du clavier par replombage ou changement de marteaux, réparation lourde exclue (out_of_scope). L'accordeur doit dire ce qui est possible et à quel titre.",
     msg=Msg("hb010", HELENE, [ANSELME], (2028, 3, 15, 11, 40, 18), "RE: Yamaha C5 - préparation terminée", """\
Bonjour Monsieur Rigal,

Les retours sur le C5 sont excellents du côté de la classe de Fiona. En revanche, Mathieu Girard, qui a repris la classe de jazz en janvier, le trouve « lourd comme un camion » : ses élèves jouent beaucoup dans le grave et le médium, vite et fort, et ils ont mal aux avant-bras au bout d'un quart d'heure. Il voudrait un toucher nettement plus léger, proche de celui du Steinway qu'ils ont au conservatoire de Clermont.

Est-ce quelque chose que vous pouvez faire ? Je ne voudrais pas non plus que le piano perde ce que vous avez gagné pour les élèves de Fiona.

Bien cordialement,""", quote=Q_C5_R1))

# hb011 ------------------------------------------------------------------------
case(id="hb011", contract=K, lang="en", verdict="revision_over_limit", deliverable="queue", state={"accords": 1, "rapport": 0, "queue": 2},
     note="After the second retouching session, which the quoted mail calls the last one included, the piano teacher asks for the treble to be softened again and the bass keys regulated so they return properly: a third session of changes to the C5 preparation, which includes two. The end-of-year concert is only the reason for the urgency; the concert tuning on 17 June is a separate deliverable not touched here.",
     msg=Msg("hb011", FIONA, [ANSELME], (2028, 5, 22, 17, 26, 51), "Re: C5 - deuxième retouche", """\
Dear Anselme,

I'm sorry to bother you about the C5 again, and I know you said April's visit was the last one included.

Since the weather turned warm, the top two octaves have gone bright again, brighter than in January, and in the bass the keys now come back up slowly when the jazz students play short, detached notes, so some of them don't repeat. With the end-of-year concert less than a month away, could you come back to soften the treble again and look at the bass keys?

The students are working so hard on their pieces, I'd hate the piano to let them down on the night.

Best wishes,
Fiona""", quote=Q_C5_R2, cc=[HELENE], sig=""))

# hb012 ------------------------------------------------------------------------
case(id="hb012", contract=K, lang="fr", verdict="revision_over_limit", deliverable="concert", state={"accords": 1, "rapport": 0, "queue": 3, "concert": 0},
     note="Le jour du concert, après l'accord du matin, la directrice demande à l'accordeur de repasser avant 19 h pour « remonter » le piano, que le professeur de violon trouve un peu bas à côté de l'orchestre accordé au 442 : une retouche de l'accord de concert livré, que le contrat vend sans repasse (revisions = 0), donc au-delà de la limite dès la première demande.",
     msg=Msg("hb012", HELENE_IPHONE, [ANSELME], (2028, 6, 17, 16, 48, 5), "Concert ce soir - le la", """\
Monsieur Rigal,

Désolée de vous déranger un samedi. Le piano sonne très bien, merci pour ce matin.

Petit souci pendant la générale : l'orchestre à cordes s'accorde au 442 et le professeur de violon trouve que le piano paraît un peu bas à côté, surtout dans le concerto de Mozart. Serait-il possible de repasser avant 19 h pour le remonter un peu ? La salle est ouverte, Bastien sera là.

Merci mille fois,
Hélène Vidal""", cc=[BASTIEN]))
