// Imported first by the entry points: libraries such as graphql-js read NODE_ENV once, when they load, and run
// costly development checks unless it says production. `npm start` is the product, so production is the default.
process.env.NODE_ENV ??= 'production';
