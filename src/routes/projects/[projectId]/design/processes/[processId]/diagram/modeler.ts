// The modeler and its styles in one lazily imported chunk: pages that merely link here (and preload this page on
// hover) fetch neither bpmn-js nor its stylesheet and font.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';

export { default } from 'bpmn-js/lib/Modeler';
