/**
 * The Spanish text alternatives of the step pictures and the side a two-sided picture shows: a
 * module of its own, loaded with the figure (which has its own lazy chunk), not with the routine.
 */
import { deepFreeze } from '../../freeze';
import type { FigureWords } from './routine-texts';

export const ES_FIGURE: FigureWords = deepFreeze<FigureWords>({
  sideWords: { first: 'Lado izquierdo', second: 'Lado derecho' },
  poses: {
    'chin-tuck': {
      alt: 'Figura sentada con la espalda recta: la barbilla va recta hacia atrás y la cabeza sigue nivelada.',
      avoid: null,
    },
    'neck-side-bend': {
      alt: 'Figura sentada, vista de espaldas: una oreja baja hacia el hombro de ese lado y el otro hombro queda bajo.',
      avoid: null,
    },
    'look-left-right': {
      alt: 'Figura de pie, de frente: la cabeza gira despacio para mirar por encima de un hombro y luego del otro.',
      avoid: null,
    },
    'shoulder-rolls': {
      alt: 'Figura sentada, vista de lado: los hombros dibujan círculos hacia las orejas, hacia atrás y hacia abajo.',
      avoid: null,
    },
    'cross-body-arm': {
      alt: 'Figura de pie, de frente: un brazo estirado cruza el pecho y la otra mano lo acerca por encima del codo.',
      avoid: null,
    },
    'shoulder-blade-squeeze': {
      alt: 'Figura sentada, vista de espaldas: los omóplatos se juntan hacia atrás, con los brazos sueltos.',
      avoid: null,
    },
    'doorway-opener': {
      alt: 'Vista de lado en una puerta: antebrazos en el marco a la altura de los hombros, un pie adelantado y el pecho abriéndose.',
      avoid: null,
    },
    'thread-the-needle': {
      alt: 'A cuatro patas: un brazo pasa por debajo del cuerpo con la palma hacia arriba, y ese hombro y el lado de la cabeza bajan.',
      avoid: null,
    },
    'cat-cow': {
      alt: 'A cuatro patas: al exhalar, la espalda se redondea hacia arriba y la cabeza cuelga; al inhalar, el pecho baja y la mirada sube.',
      avoid: null,
    },
    'childs-pose': {
      alt: 'Figura de rodillas, con la cadera hacia los talones e inclinada hacia delante, los brazos estirados al frente y la frente apoyada.',
      avoid: null,
    },
    'seated-rounding': {
      alt: 'Figura sentada que se abraza los hombros: la barbilla baja y la espalda alta se redondea hacia delante.',
      avoid: null,
    },
    'heat-or-cold': {
      alt: 'Figura sentada, vista de lado: una compresa envuelta en un paño descansa sobre la espalda alta.',
      avoid: null,
    },
    'sleep-posture': {
      alt: 'Figura tumbada boca arriba, con una almohada bajo las rodillas y otra de curva suave bajo el cuello.',
      avoid: 'Tachado: tumbarse boca abajo.',
    },
  },
});
