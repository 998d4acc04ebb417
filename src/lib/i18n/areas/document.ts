import { defineArea } from './define';

export const document = defineArea(
	{
		'document.conflict':
			'其他人已于 {when} 保存了新版本，您的修改未保存。下面是最新内容，请在此基础上重新修改。'
	},
	{
		'document.conflict':
			'Someone saved a newer version at {when}; your changes were not saved. The latest content is shown below: edit on top of it.'
	}
);
