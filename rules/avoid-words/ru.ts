import type { RuleLanguageData } from '../../src/types.js';

const ru = {
  phrases: {
    banned: ['проблем*'],
    idiom: ['без проблем', 'нет проблем', 'никаких проблем'],
  },
  messages: {
    avoid: 'Слово «{word}» лучше заменить: {replacements}.',
    avoidWord: 'Слово «{word}» лучше заменить: его избегает стиль компании.',
  },
  // Replacement per word form: «проблема» and «ситуация» are both feminine, so the endings agree.
  phrasings: {
    проблема: { default: ['ситуация', 'вопрос'] },
    проблемы: { default: ['ситуации', 'вопросы'] },
    проблеме: { default: ['ситуации', 'вопросе'] },
    проблему: { default: ['ситуацию', 'вопрос'] },
    проблемой: { default: ['ситуацией', 'вопросом'] },
    проблем: { default: ['ситуаций', 'вопросов'] },
    проблемам: { default: ['ситуациям', 'вопросам'] },
    проблемами: { default: ['ситуациями', 'вопросами'] },
    проблемах: { default: ['ситуациях', 'вопросах'] },
    проблемою: { default: ['ситуацией', 'вопросом'] },
  },
} satisfies RuleLanguageData;

export default ru;
