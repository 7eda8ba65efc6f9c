"""Contract V: Fil d'Or Cérémonies x Manon Dewitte & Cillian Gallagher (wedding celebrant, French contract,
EUR, Belgium; the bride and the wedding planner write in French, the Irish groom in English)."""
from mailgen import Msg, Quote, Attachment
import attachments as att
from people import *

K = "hanotte-dewitte-ceremonie"

Q_RITUELS_CHOIX = Quote(BERENICE, (2027, 2, 8, 18, 40, 12), to=[MANON, CILLIAN], subject="Vos rituels",
                        body="""\
Bonsoir Manon, bonsoir Cillian,

Merci pour ce bel entretien jeudi, j'ai déjà plein d'idées pour le texte.

Comme promis, voici les rituels que je vous propose. Le contrat en prévoit deux, à choisir parmi :
- la lettre au vin : chacun écrit une lettre à l'autre, enfermée avec une bouteille dans une boîte que vous ouvrirez pour vos cinq ans de mariage ;
- le handfasting : vos mains sont liées par un ruban pendant que vous prononcez une promesse ;
- le sable : deux sables de couleur versés ensemble dans un même vase ;
- la plantation d'un arbre.

Si vous hésitez vraiment entre trois, un rituel supplémentaire peut s'ajouter pour 140 €.

Belle soirée,
Bérénice""")

Q_TEXTE_V1 = Quote(BERENICE, (2027, 3, 5, 18, 10, 44), to=[MANON, CILLIAN], subject="Votre texte de cérémonie - version 1",
                   body="""\
Bonsoir à vous deux,

Voici la première version du texte de votre cérémonie (PDF joint) : environ 38 minutes lu à voix haute, rituels compris. Les passages en anglais sont en italique.

Deux tours de retouches sont prévus, alors prenez le temps de le lire ensemble et envoyez-moi toutes vos remarques dans un seul message.

Bon week-end,
Bérénice""")

Q_RITUELS = Quote(BERENICE, (2027, 3, 20, 11, 40, 3), to=[MANON, CILLIAN], subject="Vos deux rituels",
                  body="""\
Bonjour Manon, bonjour Cillian,

Voici vos deux rituels rédigés (PDF joint) :
- la lettre au vin, juste après l'échange des vœux, avec un bourgogne de 2019, l'année de votre rencontre, dans une boîte en bois ;
- le handfasting avec le ruban de la grand-mère de Cillian, noué par vos deux témoins pendant la promesse.

La liste du matériel est en dernière page.

Belle journée,
Bérénice""")

Q_LIVRET = Quote(BERENICE, (2027, 5, 10, 17, 25, 30), to=[MANON, CILLIAN], subject="Livret de cérémonie - première mise en page",
                 body="""\
Bonjour Manon, bonjour Cillian,

Voici la première mise en page du livret (8 pages A5, PDF) : la photo du verger en couverture, le déroulé, le poème de Mamie Jeanne, le texte de Maureen, les paroles de « Fields of Gold » et les remerciements.

Une série de retouches est prévue au contrat pour le livret. Il sera ensuite prêt à partir chez l'imprimeur.

Bérénice""")

Q_TEXTE_V3 = Quote(BERENICE, (2027, 5, 17, 10, 5, 51), to=[MANON, CILLIAN], subject="Texte de cérémonie - version 3 (définitive)",
                   body="""\
Bonjour à vous deux,

Voici la troisième version du texte, avec vos retouches de la semaine passée : le passage sur le quiz raccourci et la lecture de Maureen déplacée après les alliances.

C'était votre deuxième et dernier tour de retouches : cette version est la version définitive, celle que je lirai le 12 juin.

Bérénice""")

CASES = []


def case(**kw):
    CASES.append(kw)


# v001 -------------------------------------------------------------------------
case(id="v001", contract=K, lang="fr", verdict="in_scope", state={},
     note="Manon envoie le questionnaire, les anecdotes et la liste des lecteurs pour le texte prévu, propose un créneau d'entretien et demande quand arrivera la première version : apport du client et question de délai sur un livrable couvert.",
     msg=Msg("v001", MANON, [BERENICE], (2027, 1, 18, 21, 47, 9), "Notre questionnaire (enfin !)", """\
Bonsoir Bérénice,

Comme promis (avec un peu de retard, pardon !), voici le questionnaire rempli à quatre mains, en pièce jointe. Cillian a répondu en anglais à certaines questions, j'espère que ça ne te dérange pas.

Quelques infos en plus qui ne rentraient pas dans les cases :
- on s'est rencontrés à un quiz au Old Oak, rue Froissart, en 2019 : son équipe a gagné, la mienne a contesté le résultat
- nos témoins : Julie (ma sœur) et Ciarán (le frère de Cillian)
- Mamie Jeanne aimerait lire un poème, et Maureen, la maman de Cillian, un texte en anglais
- on voudrait que ce soit émouvant mais pas solennel, qu'on rie un peu

Pour l'entretien en visio, le jeudi 28 janvier vers 20h nous irait bien, si c'est bon pour toi.

Et à peu près quand est-ce qu'on pourra lire une première version du texte ? Pas de pression, c'est juste que Cillian est très impatient.

Belle soirée,
Manon""", attachments=[Attachment("Questionnaire Manon & Cillian.docx",
                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                  att.docx(["Questionnaire cérémonie laïque - Manon & Cillian",
                                            "Comment vous êtes-vous rencontrés ? Au quiz du Old Oak, rue Froissart, en 2019.",
                                            "What do you love most about Manon? She never lets anything go. Ever.",
                                            "Une valeur que vous voulez transmettre : la table ouverte, toujours une chaise en plus."]))]))

# v002 -------------------------------------------------------------------------
case(id="v002", contract=K, lang="en", verdict="in_scope", state={},
     note="Cillian picks two of the proposed rituals and gives the go-ahead: a choice among options the contract covers, and the paid third ritual only appears in the quoted message.",
     msg=Msg("v002", CILLIAN, [BERENICE], (2027, 2, 10, 22, 15, 37), "Re: Vos rituels", """\
Hi Bérénice,

Sorry for answering in English, my French is grand for ordering chips but not for this!

Manon and I talked it over at the weekend and we'd like to go with the wine box and the handfasting. For the handfasting, my gran still has the lace ribbon from her own wedding in Galway in 1961, and she's thrilled we want to use it, so that will be our cord. The wine will be something French, to keep Manon's side happy.

The tree was tempting, but we live on the fourth floor with one small balcony, so that's a no.

Go ahead with those two whenever suits you.

Thanks a million,
Cillian""", cc=[MANON], quote=Q_RITUELS_CHOIX))

# v003 -------------------------------------------------------------------------
case(id="v003", contract=K, lang="fr", verdict="revision", deliverable="texte", state={"texte": 0},
     note="Retouches sur la première version du texte (anecdote retirée, passage sur l'ancien colocataire, mention de la grand-mère, introduction plus courte) : premier des deux tours inclus sur le texte.",
     msg=Msg("v003", MANON_IPHONE, [BERENICE], (2027, 3, 8, 7, 52, 20), "Re: Votre texte de cérémonie - version 1", """\
Bonjour Bérénice,

On l'a lu à voix haute samedi soir et on a pleuré tous les deux (Cillian nie). Merci !!

Quelques petites choses quand même :
- l'histoire du pneu crevé à Dinant, Julie voudrait la raconter dans son discours au repas, tu peux l'enlever du texte ?
- le passage sur mon ancien coloc, non vraiment pas, ses parents seront là 😅
- quand tu parles de la maison de Profondeville, ajouter que c'est celle de Mamie Jeanne, elle sera trop fière
- le début est un peu long, on aimerait arriver plus vite à notre rencontre

Le reste, on ne touche à rien.

Bisous
Manon""", cc=[CILLIAN], quote=Q_TEXTE_V1, bom=True))

# v004 -------------------------------------------------------------------------
case(id="v004", contract=K, lang="fr", verdict="revision", deliverable="livret",
     state={"texte": 2, "livret": 0},
     note="Manon regroupe les changements sur la première mise en page du livret (photo de couverture, ordre des textes, remerciements, orthographe du nom) : le seul tour inclus sur le livret, encore disponible.",
     msg=Msg("v004", MANON_WORK, [BERENICE], (2027, 5, 12, 12, 38, 5), "RE: Livret de cérémonie - première mise en page", """\
Bonjour Bérénice,

Je profite de ma pause de midi pour te répondre : on a regardé le livret hier soir, il est superbe, le vert sauge est parfait.

Nos remarques, toutes ensemble comme tu nous l'avais demandé :
1. En couverture, on préfère finalement la photo sous le cerisier (je te l'envoie ce soir depuis la maison, elle est trop lourde pour la messagerie du bureau).
2. Page 3 : inverser le poème de Mamie Jeanne et le texte de Maureen, pour que Maureen lise en premier.
3. Page 7 : dans les remerciements, ajouter les parents de Cillian, Maureen et Declan, qui viennent exprès de Galway.
4. Gallagher prend deux « l » partout, il en manque un en page 2 et en page 6.

Merci encore, on a hâte de l'avoir entre les mains !""", quote=Q_LIVRET))

# v005 -------------------------------------------------------------------------
case(id="v005", contract=K, lang="en", verdict="revision_over_limit", deliverable="texte",
     state={"texte": 2, "rituels": 0, "livret": 0},
     note="Cillian asks to swap an anecdote and loosen the English passages of the text after the version presented as final, when both included rounds on the text are used; the apology shows he knows it.",
     msg=Msg("v005", CILLIAN, [BERENICE], (2027, 5, 19, 21, 40, 2), "Re: Texte de cérémonie - version 3 (définitive)", """\
Hi Bérénice,

Sorry, I know you said this was the final one.

We read it out to my brother Ciarán on FaceTime last night and he made a fair point: the bit about the Munster match and the lost bet is a total in-joke, and the Belgian half of the room will be lost. Could we swap it for the story of Manon losing her ring in the bog in Connemara? It's in the questionnaire.

Also, could the English parts be a bit less formal? "We are gathered here today" sounds like Mass to my family, and that's the one thing we wanted to avoid.

That's the lot, I promise.

Cillian""", cc=[MANON], quote=Q_TEXTE_V3))

# v006 -------------------------------------------------------------------------
case(id="v006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="rituels",
     state={"texte": 1, "rituels": 0},
     note="Changer qui noue le ruban et la langue de la promesse, remplacer le vin par un whiskey et revoir le moment de la boîte : des retouches sur les rituels livrés, qui n'incluent aucun tour.",
     msg=Msg("v006", MANON, [BERENICE], (2027, 3, 24, 20, 31, 16), "Re: Vos deux rituels", """\
Bonsoir Bérénice,

Merci pour les rituels, c'est exactement l'esprit qu'on voulait !

On en a parlé avec les deux familles ce week-end, et on aimerait juste adapter deux ou trois choses :
- pour le handfasting, ce seraient nos deux mamans qui nouent le ruban plutôt que Julie et Ciarán, et la promesse serait dite d'abord en anglais par Maureen, puis en français par maman ;
- pour la lettre au vin, on remplace le bourgogne par un whiskey de la distillerie de l'oncle de Cillian. Du coup la bouteille ne rentre plus dans la boîte, il faudra revoir le moment où on la ferme ;
- et enlever la phrase sur « le vin qui se bonifie avec le temps », puisque ce ne sera plus du vin 😄

Merci !
Manon""", cc=[CILLIAN], quote=Q_RITUELS))

# v007 -------------------------------------------------------------------------
case(id="v007", contract=K, lang="fr", verdict="out_of_scope", state={"texte": 1, "rituels": 0},
     note="La wedding planner demande à l'officiante d'apporter de quoi se faire entendre de 110 invités et de lancer les chansons des mariés : c'est l'exclusion « Sonorisation et musique », décrite sans ses mots.",
     msg=Msg("v007", NOEMIE, [BERENICE], (2027, 4, 14, 10, 20, 48), "Cérémonie Dewitte-Gallagher : le verger", """\
Bonjour Bérénice,

Je reviens vers toi après ma visite à la Ferme du Try-au-Chêne hier avec Manon et Cillian. Bonne nouvelle : la cérémonie pourra bien se faire dans le verger, sous le grand tilleul, avec les chaises en arc de cercle.

Petit souci par contre : la ferme n'a aucun équipement en extérieur, et avec 110 invités, le dernier rang ne vous entendra jamais, ni toi ni les lecteurs. Les mariés se demandaient si tu pourrais t'en occuper : amener de quoi qu'on vous entende bien jusqu'au fond, et envoyer leurs chansons aux bons moments (l'entrée de Manon, l'échange des alliances, la sortie). Ils ont déjà fait leur liste de morceaux.

Tu me dis si c'est possible ? Je dois boucler le planning des prestataires pour la fin avril.

Belle journée,
Noémie"""))

# v008 -------------------------------------------------------------------------
case(id="v008", contract=K, lang="fr", verdict="out_of_scope", deliverable="rituels",
     state={"texte": 1, "rituels": 0},
     note="Écrire le moment des clochettes irlandaises « en plus du vin et du ruban » revient à un troisième rituel symbolique alors que le contrat en vend deux : plus d'unités que prévu, demandé comme une petite idée.",
     msg=Msg("v008", MANON, [BERENICE], (2027, 4, 2, 13, 5, 27), "Une petite idée pour la cérémonie", """\
Coucou Bérénice,

J'espère que tu vas bien ! On revient d'un long week-end chez les parents de Cillian et on a découvert une tradition irlandaise trop chouette : les cloches de mariage. Chaque invité reçoit une petite cloche, on les fait sonner tous ensemble pour porter chance au couple, et ensuite, à chaque dispute, on est censés faire sonner la cloche pour se réconcilier 😄

Les neveux de Cillian (6 et 8 ans) pourraient distribuer les clochettes. Est-ce que tu pourrais nous écrire ce petit moment-là aussi, avec ce que tu dirais pour l'expliquer aux invités, en plus du vin et du ruban ? Ça ne durerait que deux minutes, je pense.

Merci !!
Manon"""))

# v009 -------------------------------------------------------------------------
case(id="v009", contract=K, lang="fr", verdict="out_of_scope", deliverable="texte", state={"texte": 1},
     note="Avec les photos et les paroles pour le livret (apport du client, couvert), Manon demande la version définitive du texte pour le 28 avril au lieu du 21 mai prévu au contrat : un délai avancé, et la demande la plus grave l'emporte.",
     msg=Msg("v009", MANON, [BERENICE], (2027, 3, 29, 19, 12, 54), "Photos pour le livret + notre voyage en mai", """\
Bonsoir Bérénice,

Voici le lien vers l'album avec les photos pour le livret : celle du verger pour la couverture, et les deux dernières pour la page des remerciements. Tu y trouveras aussi les paroles de « Fields of Gold » et de « Dis, quand reviendras-tu ? » pour la page des chansons.
https://photos.app.goo.gl/Vq7Lm2RkT9xB4wZc8

Autre chose, un peu moins drôle : on vient de réserver notre séjour en Irlande, on part du 1er au 22 mai chez la famille de Cillian. Maureen voudrait absolument qu'on lise le texte de la cérémonie tous ensemble là-bas, en famille (elle a déjà prévu le thé et les scones).

Du coup, est-ce que tu pourrais nous envoyer la version définitive du texte pour le 28 avril ? Comme ça on part avec la bonne version dans la valise.

Merci, et belle soirée !
Manon"""))

# v010 -------------------------------------------------------------------------
case(id="v010", contract=K, lang="fr", verdict="unclear", deliverable="texte", state={"texte": 1, "rituels": 0},
     note="Faire que la cérémonie soit « aussi en anglais » sans la rallonger peut vouloir dire rééquilibrer le texte existant avec plus de passages en anglais (révision, un tour reste) ou écrire une version anglaise complète en plus du texte français prévu (nouveau travail) : le message ne tranche pas.",
     msg=Msg("v010", MANON, [BERENICE], (2027, 4, 8, 21, 55, 40), "La famille de Cillian et le français", """\
Bonsoir Bérénice,

Maureen nous a appelés hier, un peu inquiète : à part elle, presque personne du côté de Cillian ne parle français (ils seront une trentaine), et elle a peur qu'ils décrochent pendant la cérémonie et passent à côté des moments importants.

Est-ce que tu pourrais faire en sorte que la cérémonie soit aussi en anglais ? On ne veut pas non plus qu'elle dure deux fois plus longtemps, ni que ma famille à moi se sente perdue à son tour.

Dis-nous ce que tu en penses.

Bisous,
Manon""", cc=[CILLIAN]))

# v011 -------------------------------------------------------------------------
FORWARD_FERME = """\
-------- Message transféré --------
Sujet :\tInfos pratiques mariage Dewitte-Gallagher 12/06
Date :\tFri, 28 May 2027 16:02:11 +0200
De :\tFerme du Try-au-Chêne <info@fermedutryauchene.be>
Pour :\tNoémie Lambotte <noemie@ortie-events.be>

Bonjour Noémie,

Voici les informations pour le mariage Dewitte-Gallagher du samedi 12 juin :
- accès des prestataires à partir de 11h par le chemin du Try, parking derrière la grange ;
- répétition possible le vendredi 11 juin à partir de 17h ;
- les chaises du verger seront installées pour 14h ;
- en cas de pluie, repli dans la grange (décision le matin même à 10h).

Bien à vous,
Famille Collignon
Ferme du Try-au-Chêne"""

case(id="v011", contract=K, lang="fr", verdict="not_a_request", state={"texte": 2, "rituels": 0, "livret": 1},
     note="La wedding planner transfère les informations pratiques de la ferme et fixe les horaires de la répétition et du jour J : logistique de rendez-vous, aucun travail demandé.",
     msg=Msg("v011", NOEMIE, [BERENICE], (2027, 5, 31, 9, 40, 13), "Fwd: Infos pratiques mariage Dewitte-Gallagher 12/06", """\
Bonjour Bérénice,

Je te transfère les infos de la ferme pour le week-end du mariage, tout est calé de mon côté :
- répétition le vendredi 11 juin à 17h30 dans le verger, avec les mariés, les témoins et les lecteurs (compte une heure) ;
- le samedi, je t'attends à 14h15 à l'entrée de la grange pour un dernier point, la cérémonie commence à 15h ;
- la ferme t'a réservé une place au parking des prestataires.

Je t'appelle jeudi pour les derniers détails. À tantôt !
Noémie

-- 
""" + SIG_NOEMIE + "\n\n" + FORWARD_FERME, sig=""))

# v012 -------------------------------------------------------------------------
case(id="v012", contract=K, lang="fr", verdict="not_a_request", state={"texte": 2, "rituels": 0, "livret": 1},
     note="Remerciements après le mariage et avis de virement du solde : aucune demande de travail, même si la cérémonie et le livret sont nommés.",
     msg=Msg("v012", MANON_IPHONE, [BERENICE], (2027, 6, 16, 11, 20, 31), "Merci ❤️", """\
Chère Bérénice,

On est rentrés de notre mini-lune de miel à la mer et on voulait encore te dire merci. Tout le monde nous parle de la cérémonie, même les oncles irlandais qui n'avaient jamais mis les pieds à une cérémonie laïque. Maureen a pleuré du début à la fin, et Mamie Jeanne garde le livret dans son sac à main.

Le solde de 840 € est parti ce matin par virement, avec la communication « Mariage Dewitte-Gallagher ».

On te laisse un avis sur Google dès qu'on a deux minutes. Encore merci pour tout !

Manon & Cillian""", cc=[CILLIAN]))
