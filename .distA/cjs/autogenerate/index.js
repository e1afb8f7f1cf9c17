"use strict";
module.exports = require("../athanor.js").autogenerate;
