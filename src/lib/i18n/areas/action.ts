import { defineArea } from './define';

// Generic form actions.
export const action = defineArea(
	{
		'action.save': '保存',
		'action.cancel': '取消',
		'action.apply': '应用'
	},
	{
		'action.save': 'Save',
		'action.cancel': 'Cancel',
		'action.apply': 'Apply'
	}
);
