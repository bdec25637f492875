import 'server-only';

// Server code reads courses through here; the lesson body renderer, which
// runs where client components are server-rendered, imports ./courses itself.
export * from './courses';
