"use strict";
module.exports = require("./athanor.js").api;
