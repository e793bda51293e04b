/**
 * The German text alternatives of the step pictures and the side a two-sided picture shows: a
 * module of its own, loaded with the figure (which has its own lazy chunk), not with the routine.
 */
import { deepFreeze } from '../../freeze';
import type { FigureWords } from './routine-texts';

export const DE_FIGURE: FigureWords = deepFreeze<FigureWords>({
  sideWords: { first: 'Linke Seite', second: 'Rechte Seite' },
  poses: {
    'chin-tuck': {
      alt: 'Aufrecht sitzend, das Kinn gerade nach hinten gezogen, der Kopf bleibt waagerecht.',
      avoid: null,
    },
    'neck-side-bend': {
      alt: 'Von hinten, sitzend: ein Ohr sanft zur Schulter darunter geneigt, die andere Schulter tief.',
      avoid: null,
    },
    'look-left-right': {
      alt: 'Stehend, dir zugewandt: Der Kopf dreht sich langsam und schaut über eine Schulter, dann über die andere.',
      avoid: null,
    },
    'shoulder-rolls': {
      alt: 'Sitzend, von der Seite: Die Schultern kreisen hoch zu den Ohren, nach hinten und nach unten.',
      avoid: null,
    },
    'cross-body-arm': {
      alt: 'Stehend, dir zugewandt: ein Arm gestreckt quer vor der Brust, die andere Hand zieht ihn über dem Ellbogen heran.',
      avoid: null,
    },
    'shoulder-blade-squeeze': {
      alt: 'Von hinten, sitzend: die Schulterblätter nach hinten zusammengezogen, die Arme locker.',
      avoid: null,
    },
    'doorway-opener': {
      alt: 'Von der Seite im Türrahmen: die Unterarme auf Schulterhöhe am Rahmen, ein Fuß vorn, die Brust öffnet sich.',
      avoid: null,
    },
    'thread-the-needle': {
      alt: 'Im Vierfüßlerstand: ein Arm unter dem Körper durchgeschoben, Handfläche nach oben, diese Schulter und die Kopfseite abgesenkt.',
      avoid: null,
    },
    'cat-cow': {
      alt: 'Im Vierfüßlerstand: Beim Ausatmen rundet sich der Rücken nach oben und der Kopf hängt; beim Einatmen sinkt die Brust und der Blick hebt sich.',
      avoid: null,
    },
    'childs-pose': {
      alt: 'Kniend, zu den Fersen zurückgesetzt und nach vorn gebeugt, die Arme nach vorn gestreckt, die Stirn abgelegt.',
      avoid: null,
    },
    'seated-rounding': {
      alt: 'Sitzend, die Schultern umarmt: Das Kinn sinkt und der obere Rücken rundet sich nach vorn.',
      avoid: null,
    },
    'heat-or-cold': {
      alt: 'Sitzend, von der Seite: eine in ein Tuch gewickelte Auflage liegt quer auf dem oberen Rücken.',
      avoid: null,
    },
    'sleep-posture': {
      alt: 'Auf dem Rücken liegend, ein Kissen unter den Knien und ein leicht geschwungenes Kissen unter dem Nacken.',
      avoid: 'Durchgestrichen: auf dem Bauch liegend.',
    },
  },
});
