import { defineArea } from './define';

// Sign-off slot settings per object type.
export const signoffSettings = defineArea(
	{
		'signoffSettings.title': '签署设置',
		'signoffSettings.reviewDays': '审核期限（工作日）',
		'signoffSettings.saved': '签署设置已保存',
		'signoffSettings.slots': '各类对象的签署栏位',
		'signoffSettings.addSlot': '添加栏位',
		'signoffSettings.removeSlot': '移除栏位',
		'signoffSettings.objectType': '对象类型',
		'signoffSettings.slotRules':
			'栏位变更只对之后的送审生效，并通知双方项目经理；有对象在审核中时不能变更该类栏位；只能移除本方的栏位。'
	},
	{
		'signoffSettings.title': 'Sign-off settings',
		'signoffSettings.reviewDays': 'Review period (working days)',
		'signoffSettings.saved': 'Sign-off settings saved',
		'signoffSettings.slots': 'Signing slots per object type',
		'signoffSettings.addSlot': 'Add slot',
		'signoffSettings.removeSlot': 'Remove slot',
		'signoffSettings.objectType': 'Object type',
		'signoffSettings.slotRules':
			'Slot changes apply to later submissions only and both sides’ project managers are notified; a type with an object in review cannot change its slots; you can remove only your own side’s slots.'
	}
);
