export { anyText, tokenSoup } from './anyText';
export { examplePlans, mutate, mutatedPlans, type Mutation } from './mutations';
export { planText, withLineBreaks } from './planText';
export { today } from './today';
export { yamlishFrontmatter } from './yamlish';
