import { t } from '$lib/i18n/t';
import type { MessageKey } from '$lib/i18n';

/** bpmn-js's palette and context-pad texts (its English templates) and the catalogue keys that translate them. */
const UI_TEXT: Record<string, MessageKey> = {
	'Activate hand tool': 'bpmn.ui.handTool',
	'Activate lasso tool': 'bpmn.ui.lassoTool',
	'Activate create/remove space tool': 'bpmn.ui.spaceTool',
	'Activate global connect tool': 'bpmn.ui.connectTool',
	'Create start event': 'bpmn.ui.createStartEvent',
	'Create intermediate/boundary event': 'bpmn.ui.createIntermediateEvent',
	'Create end event': 'bpmn.ui.createEndEvent',
	'Create gateway': 'bpmn.ui.createGateway',
	'Create task': 'bpmn.ui.createTask',
	'Create data object reference': 'bpmn.ui.createDataObject',
	'Create data store reference': 'bpmn.ui.createDataStore',
	'Create expanded sub-process': 'bpmn.ui.createSubProcess',
	'Create pool/participant': 'bpmn.ui.createPool',
	'Create group': 'bpmn.ui.createGroup',
	'Append task': 'bpmn.ui.appendTask',
	'Append end event': 'bpmn.ui.appendEndEvent',
	'Append gateway': 'bpmn.ui.appendGateway',
	'Append intermediate/boundary event': 'bpmn.ui.appendIntermediateEvent',
	'Append receive task': 'bpmn.ui.appendReceiveTask',
	'Append message intermediate catch event': 'bpmn.ui.appendMessageEvent',
	'Append timer intermediate catch event': 'bpmn.ui.appendTimerEvent',
	'Append conditional intermediate catch event': 'bpmn.ui.appendConditionalEvent',
	'Append signal intermediate catch event': 'bpmn.ui.appendSignalEvent',
	'Append compensation activity': 'bpmn.ui.appendCompensation',
	'Add text annotation': 'bpmn.ui.addAnnotation',
	'Add lane above': 'bpmn.ui.laneAbove',
	'Add lane below': 'bpmn.ui.laneBelow',
	'Divide into two lanes': 'bpmn.ui.twoLanes',
	'Divide into three lanes': 'bpmn.ui.threeLanes',
	'Change element': 'bpmn.ui.changeElement',
	'Connect to other element': 'bpmn.ui.connect',
	'Connect using association': 'bpmn.ui.connectAssociation',
	'Connect using data input association': 'bpmn.ui.connectDataInput',
	Delete: 'bpmn.ui.delete',
	'flow elements must be children of pools/participants': 'bpmn.ui.inPool'
};

/**
 * A bpmn-js module replacing its `translate` service, so the palette and context pad speak the reader's
 * language; texts not listed stay in bpmn-js's English. Replacements fill `{name}` placeholders as the
 * default service does.
 */
export function translateModule() {
	const texts = new Map(Object.entries(UI_TEXT).map(([template, key]) => [template, t(key)]));
	const translate = (template: string, replacements: Record<string, string> = {}) =>
		(texts.get(template) ?? template).replace(
			/{([^}]+)}/g,
			(_, name: string) => replacements[name] ?? `{${name}}`
		);
	return { translate: ['value', translate] };
}
