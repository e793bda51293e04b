import type en from '../en/welcome';
import type { TranslationOf } from '../messages';

export default {
  title: 'Te damos la bienvenida a Unknot',
  lead: 'Unknot espera en la bandeja del sistema y te avisa cuando se acerca la hora de dormir. Entonces te guía durante unos minutos de estiramientos suaves para la parte alta de la espalda, el cuello y los hombros, calor o frío si quieres, y respiración lenta, y te ayuda a encontrar una buena postura para dormir.',
  noTray:
    '¿No ves el icono en la bandeja? En GNOME lo muestra la extensión «AppIndicator and KStatusNotifierItem Support». Sin ella Unknot sigue funcionando: los recordatorios llegan como notificaciones, y el menú de Unknot en tu lanzador de aplicaciones (clic derecho en su icono) ofrece Start routine, Settings, History y Log this morning.',
  bedtimes: 'Tus horas de dormir',
  weeknights: 'Noches de domingo a jueves',
  weekendNights: 'Noches de viernes y sábado',
  laterInSettings: 'Más adelante puedes ajustar cada noche por separado en Ajustes.',
  startAtLogin: 'Abrir Unknot al iniciar sesión, para que los recordatorios sigan funcionando',
  skip: 'Ahora no',
  start: 'Empezar a usar Unknot',
} satisfies TranslationOf<typeof en>;
