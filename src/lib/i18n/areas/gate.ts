import { defineArea } from './define';

// Phase gates.
export const gate = defineArea(
	{
		'gate.title': '关口检查清单（{done}/{total}）',
		'gate.help':
			'每一项都需附上证据（说明、关联任务或交付物）并勾选“此项已完成”。清单完成、根据项目数据核对的各项均满足或已豁免、双方签署同意后，项目经理可宣布关口通过。',
		'gate.evidence': '证据',
		'gate.completeItem': '完成此项',
		'gate.editEvidence': '修改证据',
		'gate.markDone': '此项已完成',
		'gate.itemChecked': '检查项已完成',
		'gate.itemSaved': '已保存；此项仍未完成（未勾选“此项已完成”）',
		'gate.evidenceRequired': '标记完成前请填写证据说明，或关联任务或交付物',
		'gate.unknownEvidence': '关联的任务或交付物不属于本项目',
		'gate.alreadyPassed': '关口已通过，检查清单已冻结',
		'gate.keepersOnly': '只有项目经理和双方负责人可以维护关口检查清单',
		'gate.pass': '宣布关口通过',
		'gate.passed': '关口已通过',
		'gate.openItems': '还有 {count} 项未完成',
		'gate.readyToPass': '检查清单已全部完成',
		'gate.noChecklist': '该阶段没有检查清单，无法评审',
		'gate.checklistIncomplete': '还有 {count} 个检查项未完成，关口不能通过',
		'gate.awaitingSignoff': '检查清单已完成；提交关口审核并经双方负责人签署同意后才能通过'
	},
	{
		'gate.title': 'Gate checklist ({done}/{total})',
		'gate.help':
			'Each item needs evidence (a note, a linked task or a deliverable) and its “This item is complete” tick. Once the checklist is complete, every computed item is met or waived and both sides approve, a project manager can pass the gate.',
		'gate.evidence': 'Evidence',
		'gate.completeItem': 'Complete this item',
		'gate.editEvidence': 'Edit evidence',
		'gate.markDone': 'This item is complete',
		'gate.itemChecked': 'Checklist item completed',
		'gate.itemSaved': 'Saved; the item is still open (“This item is complete” is not ticked)',
		'gate.evidenceRequired':
			'Give evidence (a note, a linked task or a deliverable) before marking the item complete',
		'gate.unknownEvidence': 'The linked task or deliverable is not part of this project',
		'gate.alreadyPassed': 'The gate has passed; its checklist is frozen',
		'gate.keepersOnly': "Only project managers and each side's lead keep the gate checklist",
		'gate.pass': 'Pass the gate',
		'gate.passed': 'Gate passed',
		'gate.openItems': '{count} items still open',
		'gate.readyToPass': 'The checklist is complete',
		'gate.noChecklist': 'This phase has no checklist and cannot be reviewed',
		'gate.checklistIncomplete': '{count} checklist items are still open; the gate cannot pass',
		'gate.awaitingSignoff':
			"The checklist is complete; submit the gate for review — it passes once both sides' leads approve"
	}
);
