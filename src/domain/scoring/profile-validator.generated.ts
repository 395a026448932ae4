/* eslint-disable */
// @ts-nocheck — ajv's generated JavaScript, untyped; profile.ts gives the validator its type.
// Generated from src/domain/scoring/profile-schema.ts by scripts/build-profile-validator.ts: do not edit.
// Run `npm run build:profile-validator` after changing the schema (test/build fails while this file is stale).
/* istanbul ignore file */
// Stryker disable all
import func3 from "ajv/dist/runtime/ucs2length";
import func0 from "ajv/dist/runtime/equal";
export const validateProfile = validate21;
const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"Hồ sơ quy tắc chấm điểm giải quyết TTHC","type":"object","required":["id","name","legalBasis","decimals","reportColumns","perCase","perUnit","missingData","classification","ranking","dtbCcvc","nationalIndex"],"additionalProperties":false,"properties":{"$schema":{"type":"string"},"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9.-]*$"},"name":{"type":"string","minLength":1},"legalBasis":{"type":"string","minLength":1},"validity":{"type":"object","additionalProperties":false,"required":["note"],"properties":{"from":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},"to":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},"note":{"type":"string","minLength":1}}},"decimals":{"type":"integer","minimum":0,"maximum":4},"reportColumns":{"type":"array","minItems":9,"maxItems":9,"uniqueItems":true,"items":{"type":"integer","minimum":1,"maximum":9}},"perCase":{"type":"object","required":["1","2","3","4","7"],"additionalProperties":false,"properties":{"1":{"type":"object","required":["name","early","onTime","late"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"early":{"type":"integer","minimum":0,"maximum":2},"onTime":{"type":"integer","minimum":0,"maximum":2},"late":{"type":"integer","minimum":0,"maximum":2}}},"2":{"type":"object","required":["name","anyStepLate","noStepLate","withoutStepData"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"anyStepLate":{"type":"integer","minimum":0,"maximum":2},"noStepLate":{"type":"object","required":["early","onTime","late"],"additionalProperties":false,"properties":{"early":{"type":"integer","minimum":0,"maximum":2},"onTime":{"type":"integer","minimum":0,"maximum":2},"late":{"type":"integer","minimum":0,"maximum":2}}},"withoutStepData":{"enum":["indicator1","missing"]}}},"3":{"$ref":"#/definitions/countRule"},"4":{"$ref":"#/definitions/countRule"},"7":{"type":"object","required":["name","complaintUpheld","early","onTime","late"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"complaintUpheld":{"type":"integer","minimum":0,"maximum":2},"early":{"type":"integer","minimum":0,"maximum":2},"onTime":{"type":"integer","minimum":0,"maximum":2},"late":{"type":"integer","minimum":0,"maximum":2}}}}},"perUnit":{"type":"object","required":["5","6","8","9"],"additionalProperties":false,"properties":{"5":{"$ref":"#/definitions/perUnitRule"},"6":{"$ref":"#/definitions/perUnitRule"},"8":{"$ref":"#/definitions/perUnitRule"},"9":{"$ref":"#/definitions/perUnitRule"}}},"missingData":{"type":"object","required":["notEnoughInfo","excludedNote"],"additionalProperties":false,"properties":{"notEnoughInfo":{"enum":["exclude","block"]},"excludedNote":{"type":"string","pattern":"\\{columns\\}"}}},"classification":{"type":"object","required":["bands","otherwise","notSent","notEvaluated"],"additionalProperties":false,"properties":{"bands":{"type":"array","minItems":1,"items":{"type":"object","required":["label","atLeast"],"additionalProperties":false,"properties":{"label":{"type":"string","minLength":1},"atLeast":{"type":"number","minimum":0,"maximum":18}}}},"otherwise":{"type":"string","minLength":1},"notSent":{"type":"string","minLength":1},"notEvaluated":{"type":"string","minLength":1}}},"ranking":{"type":"object","required":["order","ties"],"additionalProperties":false,"properties":{"order":{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["total","dtbCcvc"]}},"ties":{"enum":["competition","dense"]}}},"dtbCcvc":{"type":"object","required":["bands","otherwise"],"additionalProperties":false,"properties":{"bands":{"type":"array","minItems":1,"items":{"type":"object","required":["label","atLeast"],"additionalProperties":false,"properties":{"label":{"type":"string","minLength":1},"atLeast":{"type":"number","minimum":0,"maximum":10}}}},"otherwise":{"type":"string","minLength":1}}},"nationalIndex":{"type":"object","required":["name","decimals","withdrawnCases","groups"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"decimals":{"type":"integer","minimum":0,"maximum":4},"withdrawnCases":{"enum":["onTime","notCounted"]},"groups":{"type":"array","minItems":6,"maxItems":6,"items":{"type":"object","required":["id","name","splitSettled","metrics"],"additionalProperties":false,"properties":{"id":{"enum":["cong-khai","tien-do","truc-tuyen","thanh-toan","so-hoa","hai-long"]},"name":{"type":"string","minLength":1},"splitSettled":{"type":"boolean"},"metrics":{"type":"array","minItems":1,"items":{"type":"object","required":["id","name","max","source"],"additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"name":{"type":"string","minLength":1},"max":{"type":"number","exclusiveMinimum":0,"maximum":100},"source":{"enum":["entered","progress","onlineFiling","synced","paidOnline","digitisedFile","digitisedResult","satisfaction"]},"fullAtPercent":{"type":"number","exclusiveMinimum":0,"maximum":100}},"if":{"required":["source"],"properties":{"source":{"not":{"const":"entered"}}}},"then":{"required":["fullAtPercent"]}}}}}}}}},"definitions":{"countRule":{"type":"object","required":["name","bands","otherwise"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"bands":{"type":"array","minItems":1,"items":{"type":"object","required":["atMost","points"],"additionalProperties":false,"properties":{"atMost":{"type":"integer","minimum":0},"points":{"type":"integer","minimum":0,"maximum":2}}}},"otherwise":{"type":"integer","minimum":0,"maximum":2}}},"perUnitRule":{"type":"object","required":["name","source"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"source":{"enum":["entered","enteredOrDerived"]},"derivedFrom":{"enum":["feedbackOnTime","onlineFiling"]},"bands":{"type":"array","minItems":1,"items":{"type":"object","required":["atLeastPercent","points"],"additionalProperties":false,"properties":{"atLeastPercent":{"type":"number","minimum":0,"maximum":100},"points":{"type":"integer","minimum":0,"maximum":2}}}},"otherwise":{"type":"integer","minimum":0,"maximum":2}},"if":{"properties":{"source":{"const":"enteredOrDerived"}}},"then":{"required":["derivedFrom","bands","otherwise"]}}}};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^[a-z0-9][a-z0-9.-]*$", "u");
const pattern1 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
const pattern3 = new RegExp("\\{columns\\}", "u");
const pattern4 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const schema7 = {"type":"object","required":["name","bands","otherwise"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"bands":{"type":"array","minItems":1,"items":{"type":"object","required":["atMost","points"],"additionalProperties":false,"properties":{"atMost":{"type":"integer","minimum":0},"points":{"type":"integer","minimum":0,"maximum":2}}}},"otherwise":{"type":"integer","minimum":0,"maximum":2}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.bands === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bands"},message:"must have required property '"+"bands"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.otherwise === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "otherwise"},message:"must have required property '"+"otherwise"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "bands")) || (key0 === "otherwise"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.bands !== undefined){
let data1 = data.bands;
if(Array.isArray(data1)){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/bands",schemaPath:"#/properties/bands/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.atMost === undefined){
const err7 = {instancePath:instancePath+"/bands/" + i0,schemaPath:"#/properties/bands/items/required",keyword:"required",params:{missingProperty: "atMost"},message:"must have required property '"+"atMost"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.points === undefined){
const err8 = {instancePath:instancePath+"/bands/" + i0,schemaPath:"#/properties/bands/items/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "atMost") || (key1 === "points"))){
const err9 = {instancePath:instancePath+"/bands/" + i0,schemaPath:"#/properties/bands/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.atMost !== undefined){
let data3 = data2.atMost;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/bands/" + i0+"/atMost",schemaPath:"#/properties/bands/items/properties/atMost/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/bands/" + i0+"/atMost",schemaPath:"#/properties/bands/items/properties/atMost/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data2.points !== undefined){
let data4 = data2.points;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/bands/" + i0+"/points",schemaPath:"#/properties/bands/items/properties/points/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 2 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/bands/" + i0+"/points",schemaPath:"#/properties/bands/items/properties/points/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/bands/" + i0+"/points",schemaPath:"#/properties/bands/items/properties/points/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/bands/" + i0,schemaPath:"#/properties/bands/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/bands",schemaPath:"#/properties/bands/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.otherwise !== undefined){
let data5 = data.otherwise;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err17 = {instancePath:instancePath+"/otherwise",schemaPath:"#/properties/otherwise/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 2 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/otherwise",schemaPath:"#/properties/otherwise/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/otherwise",schemaPath:"#/properties/otherwise/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema8 = {"type":"object","required":["name","source"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"source":{"enum":["entered","enteredOrDerived"]},"derivedFrom":{"enum":["feedbackOnTime","onlineFiling"]},"bands":{"type":"array","minItems":1,"items":{"type":"object","required":["atLeastPercent","points"],"additionalProperties":false,"properties":{"atLeastPercent":{"type":"number","minimum":0,"maximum":100},"points":{"type":"integer","minimum":0,"maximum":2}}}},"otherwise":{"type":"integer","minimum":0,"maximum":2}},"if":{"properties":{"source":{"const":"enteredOrDerived"}}},"then":{"required":["derivedFrom","bands","otherwise"]}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source !== undefined){
if("enteredOrDerived" !== data.source){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.derivedFrom === undefined){
const err1 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "derivedFrom"},message:"must have required property '"+"derivedFrom"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.bands === undefined){
const err2 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "bands"},message:"must have required property '"+"bands"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.otherwise === undefined){
const err3 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "otherwise"},message:"must have required property '"+"otherwise"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.source === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "source")) || (key0 === "derivedFrom")) || (key0 === "bands")) || (key0 === "otherwise"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.source !== undefined){
let data2 = data.source;
if(!((data2 === "entered") || (data2 === "enteredOrDerived"))){
const err10 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema8.properties.source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.derivedFrom !== undefined){
let data3 = data.derivedFrom;
if(!((data3 === "feedbackOnTime") || (data3 === "onlineFiling"))){
const err11 = {instancePath:instancePath+"/derivedFrom",schemaPath:"#/properties/derivedFrom/enum",keyword:"enum",params:{allowedValues: schema8.properties.derivedFrom.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.bands !== undefined){
let data4 = data.bands;
if(Array.isArray(data4)){
if(data4.length < 1){
const err12 = {instancePath:instancePath+"/bands",schemaPath:"#/properties/bands/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.atLeastPercent === undefined){
const err13 = {instancePath:instancePath+"/bands/" + i0,schemaPath:"#/properties/bands/items/required",keyword:"required",params:{missingProperty: "atLeastPercent"},message:"must have required property '"+"atLeastPercent"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.points === undefined){
const err14 = {instancePath:instancePath+"/bands/" + i0,schemaPath:"#/properties/bands/items/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "atLeastPercent") || (key1 === "points"))){
const err15 = {instancePath:instancePath+"/bands/" + i0,schemaPath:"#/properties/bands/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.atLeastPercent !== undefined){
let data6 = data5.atLeastPercent;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 100 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/bands/" + i0+"/atLeastPercent",schemaPath:"#/properties/bands/items/properties/atLeastPercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/bands/" + i0+"/atLeastPercent",schemaPath:"#/properties/bands/items/properties/atLeastPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/bands/" + i0+"/atLeastPercent",schemaPath:"#/properties/bands/items/properties/atLeastPercent/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.points !== undefined){
let data7 = data5.points;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err19 = {instancePath:instancePath+"/bands/" + i0+"/points",schemaPath:"#/properties/bands/items/properties/points/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 2 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/bands/" + i0+"/points",schemaPath:"#/properties/bands/items/properties/points/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err21 = {instancePath:instancePath+"/bands/" + i0+"/points",schemaPath:"#/properties/bands/items/properties/points/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/bands/" + i0,schemaPath:"#/properties/bands/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/bands",schemaPath:"#/properties/bands/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.otherwise !== undefined){
let data8 = data.otherwise;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err24 = {instancePath:instancePath+"/otherwise",schemaPath:"#/properties/otherwise/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 2 || isNaN(data8)){
const err25 = {instancePath:instancePath+"/otherwise",schemaPath:"#/properties/otherwise/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/otherwise",schemaPath:"#/properties/otherwise/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.legalBasis === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "legalBasis"},message:"must have required property '"+"legalBasis"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.decimals === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decimals"},message:"must have required property '"+"decimals"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.reportColumns === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reportColumns"},message:"must have required property '"+"reportColumns"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.perCase === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "perCase"},message:"must have required property '"+"perCase"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.perUnit === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "perUnit"},message:"must have required property '"+"perUnit"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.missingData === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "missingData"},message:"must have required property '"+"missingData"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.classification === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "classification"},message:"must have required property '"+"classification"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.ranking === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ranking"},message:"must have required property '"+"ranking"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.dtbCcvc === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dtbCcvc"},message:"must have required property '"+"dtbCcvc"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.nationalIndex === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nationalIndex"},message:"must have required property '"+"nationalIndex"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema6.properties, key0))){
const err12 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err13 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err14 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err16 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.legalBasis !== undefined){
let data3 = data.legalBasis;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err18 = {instancePath:instancePath+"/legalBasis",schemaPath:"#/properties/legalBasis/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/legalBasis",schemaPath:"#/properties/legalBasis/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.validity !== undefined){
let data4 = data.validity;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.note === undefined){
const err20 = {instancePath:instancePath+"/validity",schemaPath:"#/properties/validity/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key1 in data4){
if(!(((key1 === "from") || (key1 === "to")) || (key1 === "note"))){
const err21 = {instancePath:instancePath+"/validity",schemaPath:"#/properties/validity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data4.from !== undefined){
let data5 = data4.from;
if(typeof data5 === "string"){
if(!pattern1.test(data5)){
const err22 = {instancePath:instancePath+"/validity/from",schemaPath:"#/properties/validity/properties/from/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/validity/from",schemaPath:"#/properties/validity/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data4.to !== undefined){
let data6 = data4.to;
if(typeof data6 === "string"){
if(!pattern1.test(data6)){
const err24 = {instancePath:instancePath+"/validity/to",schemaPath:"#/properties/validity/properties/to/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/validity/to",schemaPath:"#/properties/validity/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data4.note !== undefined){
let data7 = data4.note;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err26 = {instancePath:instancePath+"/validity/note",schemaPath:"#/properties/validity/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/validity/note",schemaPath:"#/properties/validity/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/validity",schemaPath:"#/properties/validity/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.decimals !== undefined){
let data8 = data.decimals;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err29 = {instancePath:instancePath+"/decimals",schemaPath:"#/properties/decimals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 4 || isNaN(data8)){
const err30 = {instancePath:instancePath+"/decimals",schemaPath:"#/properties/decimals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err31 = {instancePath:instancePath+"/decimals",schemaPath:"#/properties/decimals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data.reportColumns !== undefined){
let data9 = data.reportColumns;
if(Array.isArray(data9)){
if(data9.length > 9){
const err32 = {instancePath:instancePath+"/reportColumns",schemaPath:"#/properties/reportColumns/maxItems",keyword:"maxItems",params:{limit: 9},message:"must NOT have more than 9 items"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data9.length < 9){
const err33 = {instancePath:instancePath+"/reportColumns",schemaPath:"#/properties/reportColumns/minItems",keyword:"minItems",params:{limit: 9},message:"must NOT have fewer than 9 items"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err34 = {instancePath:instancePath+"/reportColumns/" + i0,schemaPath:"#/properties/reportColumns/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 9 || isNaN(data10)){
const err35 = {instancePath:instancePath+"/reportColumns/" + i0,schemaPath:"#/properties/reportColumns/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9},message:"must be <= 9"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err36 = {instancePath:instancePath+"/reportColumns/" + i0,schemaPath:"#/properties/reportColumns/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
let i1 = data9.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data9[i1];
if(!(((typeof item0 == "number") && (!(item0 % 1) && !isNaN(item0))) && (isFinite(item0)))){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err37 = {instancePath:instancePath+"/reportColumns",schemaPath:"#/properties/reportColumns/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err38 = {instancePath:instancePath+"/reportColumns",schemaPath:"#/properties/reportColumns/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.perCase !== undefined){
let data11 = data.perCase;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11["1"] === undefined){
const err39 = {instancePath:instancePath+"/perCase",schemaPath:"#/properties/perCase/required",keyword:"required",params:{missingProperty: "1"},message:"must have required property '"+"1"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data11["2"] === undefined){
const err40 = {instancePath:instancePath+"/perCase",schemaPath:"#/properties/perCase/required",keyword:"required",params:{missingProperty: "2"},message:"must have required property '"+"2"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data11["3"] === undefined){
const err41 = {instancePath:instancePath+"/perCase",schemaPath:"#/properties/perCase/required",keyword:"required",params:{missingProperty: "3"},message:"must have required property '"+"3"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data11["4"] === undefined){
const err42 = {instancePath:instancePath+"/perCase",schemaPath:"#/properties/perCase/required",keyword:"required",params:{missingProperty: "4"},message:"must have required property '"+"4"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data11["7"] === undefined){
const err43 = {instancePath:instancePath+"/perCase",schemaPath:"#/properties/perCase/required",keyword:"required",params:{missingProperty: "7"},message:"must have required property '"+"7"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key2 in data11){
if(!(((((key2 === "1") || (key2 === "2")) || (key2 === "3")) || (key2 === "4")) || (key2 === "7"))){
const err44 = {instancePath:instancePath+"/perCase",schemaPath:"#/properties/perCase/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data11["1"] !== undefined){
let data12 = data11["1"];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.name === undefined){
const err45 = {instancePath:instancePath+"/perCase/1",schemaPath:"#/properties/perCase/properties/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data12.early === undefined){
const err46 = {instancePath:instancePath+"/perCase/1",schemaPath:"#/properties/perCase/properties/1/required",keyword:"required",params:{missingProperty: "early"},message:"must have required property '"+"early"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data12.onTime === undefined){
const err47 = {instancePath:instancePath+"/perCase/1",schemaPath:"#/properties/perCase/properties/1/required",keyword:"required",params:{missingProperty: "onTime"},message:"must have required property '"+"onTime"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data12.late === undefined){
const err48 = {instancePath:instancePath+"/perCase/1",schemaPath:"#/properties/perCase/properties/1/required",keyword:"required",params:{missingProperty: "late"},message:"must have required property '"+"late"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
for(const key3 in data12){
if(!((((key3 === "name") || (key3 === "early")) || (key3 === "onTime")) || (key3 === "late"))){
const err49 = {instancePath:instancePath+"/perCase/1",schemaPath:"#/properties/perCase/properties/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data12.name !== undefined){
let data13 = data12.name;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err50 = {instancePath:instancePath+"/perCase/1/name",schemaPath:"#/properties/perCase/properties/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/perCase/1/name",schemaPath:"#/properties/perCase/properties/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data12.early !== undefined){
let data14 = data12.early;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err52 = {instancePath:instancePath+"/perCase/1/early",schemaPath:"#/properties/perCase/properties/1/properties/early/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 2 || isNaN(data14)){
const err53 = {instancePath:instancePath+"/perCase/1/early",schemaPath:"#/properties/perCase/properties/1/properties/early/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err54 = {instancePath:instancePath+"/perCase/1/early",schemaPath:"#/properties/perCase/properties/1/properties/early/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
if(data12.onTime !== undefined){
let data15 = data12.onTime;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err55 = {instancePath:instancePath+"/perCase/1/onTime",schemaPath:"#/properties/perCase/properties/1/properties/onTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 2 || isNaN(data15)){
const err56 = {instancePath:instancePath+"/perCase/1/onTime",schemaPath:"#/properties/perCase/properties/1/properties/onTime/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data15 < 0 || isNaN(data15)){
const err57 = {instancePath:instancePath+"/perCase/1/onTime",schemaPath:"#/properties/perCase/properties/1/properties/onTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
if(data12.late !== undefined){
let data16 = data12.late;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err58 = {instancePath:instancePath+"/perCase/1/late",schemaPath:"#/properties/perCase/properties/1/properties/late/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 2 || isNaN(data16)){
const err59 = {instancePath:instancePath+"/perCase/1/late",schemaPath:"#/properties/perCase/properties/1/properties/late/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data16 < 0 || isNaN(data16)){
const err60 = {instancePath:instancePath+"/perCase/1/late",schemaPath:"#/properties/perCase/properties/1/properties/late/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
}
else {
const err61 = {instancePath:instancePath+"/perCase/1",schemaPath:"#/properties/perCase/properties/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data11["2"] !== undefined){
let data17 = data11["2"];
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.name === undefined){
const err62 = {instancePath:instancePath+"/perCase/2",schemaPath:"#/properties/perCase/properties/2/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data17.anyStepLate === undefined){
const err63 = {instancePath:instancePath+"/perCase/2",schemaPath:"#/properties/perCase/properties/2/required",keyword:"required",params:{missingProperty: "anyStepLate"},message:"must have required property '"+"anyStepLate"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data17.noStepLate === undefined){
const err64 = {instancePath:instancePath+"/perCase/2",schemaPath:"#/properties/perCase/properties/2/required",keyword:"required",params:{missingProperty: "noStepLate"},message:"must have required property '"+"noStepLate"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data17.withoutStepData === undefined){
const err65 = {instancePath:instancePath+"/perCase/2",schemaPath:"#/properties/perCase/properties/2/required",keyword:"required",params:{missingProperty: "withoutStepData"},message:"must have required property '"+"withoutStepData"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key4 in data17){
if(!((((key4 === "name") || (key4 === "anyStepLate")) || (key4 === "noStepLate")) || (key4 === "withoutStepData"))){
const err66 = {instancePath:instancePath+"/perCase/2",schemaPath:"#/properties/perCase/properties/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data17.name !== undefined){
let data18 = data17.name;
if(typeof data18 === "string"){
if(func3(data18) < 1){
const err67 = {instancePath:instancePath+"/perCase/2/name",schemaPath:"#/properties/perCase/properties/2/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/perCase/2/name",schemaPath:"#/properties/perCase/properties/2/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data17.anyStepLate !== undefined){
let data19 = data17.anyStepLate;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err69 = {instancePath:instancePath+"/perCase/2/anyStepLate",schemaPath:"#/properties/perCase/properties/2/properties/anyStepLate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 2 || isNaN(data19)){
const err70 = {instancePath:instancePath+"/perCase/2/anyStepLate",schemaPath:"#/properties/perCase/properties/2/properties/anyStepLate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data19 < 0 || isNaN(data19)){
const err71 = {instancePath:instancePath+"/perCase/2/anyStepLate",schemaPath:"#/properties/perCase/properties/2/properties/anyStepLate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
if(data17.noStepLate !== undefined){
let data20 = data17.noStepLate;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.early === undefined){
const err72 = {instancePath:instancePath+"/perCase/2/noStepLate",schemaPath:"#/properties/perCase/properties/2/properties/noStepLate/required",keyword:"required",params:{missingProperty: "early"},message:"must have required property '"+"early"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data20.onTime === undefined){
const err73 = {instancePath:instancePath+"/perCase/2/noStepLate",schemaPath:"#/properties/perCase/properties/2/properties/noStepLate/required",keyword:"required",params:{missingProperty: "onTime"},message:"must have required property '"+"onTime"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data20.late === undefined){
const err74 = {instancePath:instancePath+"/perCase/2/noStepLate",schemaPath:"#/properties/perCase/properties/2/properties/noStepLate/required",keyword:"required",params:{missingProperty: "late"},message:"must have required property '"+"late"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
for(const key5 in data20){
if(!(((key5 === "early") || (key5 === "onTime")) || (key5 === "late"))){
const err75 = {instancePath:instancePath+"/perCase/2/noStepLate",schemaPath:"#/properties/perCase/properties/2/properties/noStepLate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data20.early !== undefined){
let data21 = data20.early;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err76 = {instancePath:instancePath+"/perCase/2/noStepLate/early",schemaPath:"#/properties/perCase/properties/2/properties/noStepLate/properties/early/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 2 || isNaN(data21)){
const err77 = {instancePath:instancePath+"/perCase/2/noStepLate/early",schemaPath:"#/properties/perCase/properties/2/properties/noStepLate/properties/early/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data21 < 0 || isNaN(data21)){
const err78 = {instancePath:instancePath+"/perCase/2/noStepLate/early",schemaPath:"#/properties/perCase/properties/2/properties/noStepLate/properties/early/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
if(data20.onTime !== undefined){
let data22 = data20.onTime;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err79 = {instancePath:instancePath+"/perCase/2/noStepLate/onTime",schemaPath:"#/properties/perCase/properties/2/properties/noStepLate/properties/onTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 2 || isNaN(data22)){
const err80 = {instancePath:instancePath+"/perCase/2/noStepLate/onTime",schemaPath:"#/properties/perCase/properties/2/properties/noStepLate/properties/onTime/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(data22 < 0 || isNaN(data22)){
const err81 = {instancePath:instancePath+"/perCase/2/noStepLate/onTime",schemaPath:"#/properties/perCase/properties/2/properties/noStepLate/properties/onTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
if(data20.late !== undefined){
let data23 = data20.late;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err82 = {instancePath:instancePath+"/perCase/2/noStepLate/late",schemaPath:"#/properties/perCase/properties/2/properties/noStepLate/properties/late/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 > 2 || isNaN(data23)){
const err83 = {instancePath:instancePath+"/perCase/2/noStepLate/late",schemaPath:"#/properties/perCase/properties/2/properties/noStepLate/properties/late/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data23 < 0 || isNaN(data23)){
const err84 = {instancePath:instancePath+"/perCase/2/noStepLate/late",schemaPath:"#/properties/perCase/properties/2/properties/noStepLate/properties/late/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
}
else {
const err85 = {instancePath:instancePath+"/perCase/2/noStepLate",schemaPath:"#/properties/perCase/properties/2/properties/noStepLate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data17.withoutStepData !== undefined){
let data24 = data17.withoutStepData;
if(!((data24 === "indicator1") || (data24 === "missing"))){
const err86 = {instancePath:instancePath+"/perCase/2/withoutStepData",schemaPath:"#/properties/perCase/properties/2/properties/withoutStepData/enum",keyword:"enum",params:{allowedValues: schema6.properties.perCase.properties["2"].properties.withoutStepData.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/perCase/2",schemaPath:"#/properties/perCase/properties/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data11["3"] !== undefined){
if(!(validate22(data11["3"], {instancePath:instancePath+"/perCase/3",parentData:data11,parentDataProperty:"3",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data11["4"] !== undefined){
if(!(validate22(data11["4"], {instancePath:instancePath+"/perCase/4",parentData:data11,parentDataProperty:"4",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data11["7"] !== undefined){
let data27 = data11["7"];
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.name === undefined){
const err88 = {instancePath:instancePath+"/perCase/7",schemaPath:"#/properties/perCase/properties/7/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data27.complaintUpheld === undefined){
const err89 = {instancePath:instancePath+"/perCase/7",schemaPath:"#/properties/perCase/properties/7/required",keyword:"required",params:{missingProperty: "complaintUpheld"},message:"must have required property '"+"complaintUpheld"+"'"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data27.early === undefined){
const err90 = {instancePath:instancePath+"/perCase/7",schemaPath:"#/properties/perCase/properties/7/required",keyword:"required",params:{missingProperty: "early"},message:"must have required property '"+"early"+"'"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(data27.onTime === undefined){
const err91 = {instancePath:instancePath+"/perCase/7",schemaPath:"#/properties/perCase/properties/7/required",keyword:"required",params:{missingProperty: "onTime"},message:"must have required property '"+"onTime"+"'"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data27.late === undefined){
const err92 = {instancePath:instancePath+"/perCase/7",schemaPath:"#/properties/perCase/properties/7/required",keyword:"required",params:{missingProperty: "late"},message:"must have required property '"+"late"+"'"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
for(const key6 in data27){
if(!(((((key6 === "name") || (key6 === "complaintUpheld")) || (key6 === "early")) || (key6 === "onTime")) || (key6 === "late"))){
const err93 = {instancePath:instancePath+"/perCase/7",schemaPath:"#/properties/perCase/properties/7/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data27.name !== undefined){
let data28 = data27.name;
if(typeof data28 === "string"){
if(func3(data28) < 1){
const err94 = {instancePath:instancePath+"/perCase/7/name",schemaPath:"#/properties/perCase/properties/7/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/perCase/7/name",schemaPath:"#/properties/perCase/properties/7/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data27.complaintUpheld !== undefined){
let data29 = data27.complaintUpheld;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err96 = {instancePath:instancePath+"/perCase/7/complaintUpheld",schemaPath:"#/properties/perCase/properties/7/properties/complaintUpheld/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 > 2 || isNaN(data29)){
const err97 = {instancePath:instancePath+"/perCase/7/complaintUpheld",schemaPath:"#/properties/perCase/properties/7/properties/complaintUpheld/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data29 < 0 || isNaN(data29)){
const err98 = {instancePath:instancePath+"/perCase/7/complaintUpheld",schemaPath:"#/properties/perCase/properties/7/properties/complaintUpheld/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
if(data27.early !== undefined){
let data30 = data27.early;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err99 = {instancePath:instancePath+"/perCase/7/early",schemaPath:"#/properties/perCase/properties/7/properties/early/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 2 || isNaN(data30)){
const err100 = {instancePath:instancePath+"/perCase/7/early",schemaPath:"#/properties/perCase/properties/7/properties/early/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data30 < 0 || isNaN(data30)){
const err101 = {instancePath:instancePath+"/perCase/7/early",schemaPath:"#/properties/perCase/properties/7/properties/early/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
if(data27.onTime !== undefined){
let data31 = data27.onTime;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err102 = {instancePath:instancePath+"/perCase/7/onTime",schemaPath:"#/properties/perCase/properties/7/properties/onTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 2 || isNaN(data31)){
const err103 = {instancePath:instancePath+"/perCase/7/onTime",schemaPath:"#/properties/perCase/properties/7/properties/onTime/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data31 < 0 || isNaN(data31)){
const err104 = {instancePath:instancePath+"/perCase/7/onTime",schemaPath:"#/properties/perCase/properties/7/properties/onTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
if(data27.late !== undefined){
let data32 = data27.late;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err105 = {instancePath:instancePath+"/perCase/7/late",schemaPath:"#/properties/perCase/properties/7/properties/late/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 > 2 || isNaN(data32)){
const err106 = {instancePath:instancePath+"/perCase/7/late",schemaPath:"#/properties/perCase/properties/7/properties/late/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data32 < 0 || isNaN(data32)){
const err107 = {instancePath:instancePath+"/perCase/7/late",schemaPath:"#/properties/perCase/properties/7/properties/late/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
}
else {
const err108 = {instancePath:instancePath+"/perCase/7",schemaPath:"#/properties/perCase/properties/7/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/perCase",schemaPath:"#/properties/perCase/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data.perUnit !== undefined){
let data33 = data.perUnit;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33["5"] === undefined){
const err110 = {instancePath:instancePath+"/perUnit",schemaPath:"#/properties/perUnit/required",keyword:"required",params:{missingProperty: "5"},message:"must have required property '"+"5"+"'"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data33["6"] === undefined){
const err111 = {instancePath:instancePath+"/perUnit",schemaPath:"#/properties/perUnit/required",keyword:"required",params:{missingProperty: "6"},message:"must have required property '"+"6"+"'"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data33["8"] === undefined){
const err112 = {instancePath:instancePath+"/perUnit",schemaPath:"#/properties/perUnit/required",keyword:"required",params:{missingProperty: "8"},message:"must have required property '"+"8"+"'"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(data33["9"] === undefined){
const err113 = {instancePath:instancePath+"/perUnit",schemaPath:"#/properties/perUnit/required",keyword:"required",params:{missingProperty: "9"},message:"must have required property '"+"9"+"'"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
for(const key7 in data33){
if(!((((key7 === "5") || (key7 === "6")) || (key7 === "8")) || (key7 === "9"))){
const err114 = {instancePath:instancePath+"/perUnit",schemaPath:"#/properties/perUnit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data33["5"] !== undefined){
if(!(validate25(data33["5"], {instancePath:instancePath+"/perUnit/5",parentData:data33,parentDataProperty:"5",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data33["6"] !== undefined){
if(!(validate25(data33["6"], {instancePath:instancePath+"/perUnit/6",parentData:data33,parentDataProperty:"6",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data33["8"] !== undefined){
if(!(validate25(data33["8"], {instancePath:instancePath+"/perUnit/8",parentData:data33,parentDataProperty:"8",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data33["9"] !== undefined){
if(!(validate25(data33["9"], {instancePath:instancePath+"/perUnit/9",parentData:data33,parentDataProperty:"9",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err115 = {instancePath:instancePath+"/perUnit",schemaPath:"#/properties/perUnit/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data.missingData !== undefined){
let data38 = data.missingData;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.notEnoughInfo === undefined){
const err116 = {instancePath:instancePath+"/missingData",schemaPath:"#/properties/missingData/required",keyword:"required",params:{missingProperty: "notEnoughInfo"},message:"must have required property '"+"notEnoughInfo"+"'"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(data38.excludedNote === undefined){
const err117 = {instancePath:instancePath+"/missingData",schemaPath:"#/properties/missingData/required",keyword:"required",params:{missingProperty: "excludedNote"},message:"must have required property '"+"excludedNote"+"'"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
for(const key8 in data38){
if(!((key8 === "notEnoughInfo") || (key8 === "excludedNote"))){
const err118 = {instancePath:instancePath+"/missingData",schemaPath:"#/properties/missingData/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data38.notEnoughInfo !== undefined){
let data39 = data38.notEnoughInfo;
if(!((data39 === "exclude") || (data39 === "block"))){
const err119 = {instancePath:instancePath+"/missingData/notEnoughInfo",schemaPath:"#/properties/missingData/properties/notEnoughInfo/enum",keyword:"enum",params:{allowedValues: schema6.properties.missingData.properties.notEnoughInfo.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data38.excludedNote !== undefined){
let data40 = data38.excludedNote;
if(typeof data40 === "string"){
if(!pattern3.test(data40)){
const err120 = {instancePath:instancePath+"/missingData/excludedNote",schemaPath:"#/properties/missingData/properties/excludedNote/pattern",keyword:"pattern",params:{pattern: "\\{columns\\}"},message:"must match pattern \""+"\\{columns\\}"+"\""};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
else {
const err121 = {instancePath:instancePath+"/missingData/excludedNote",schemaPath:"#/properties/missingData/properties/excludedNote/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
else {
const err122 = {instancePath:instancePath+"/missingData",schemaPath:"#/properties/missingData/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data.classification !== undefined){
let data41 = data.classification;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.bands === undefined){
const err123 = {instancePath:instancePath+"/classification",schemaPath:"#/properties/classification/required",keyword:"required",params:{missingProperty: "bands"},message:"must have required property '"+"bands"+"'"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(data41.otherwise === undefined){
const err124 = {instancePath:instancePath+"/classification",schemaPath:"#/properties/classification/required",keyword:"required",params:{missingProperty: "otherwise"},message:"must have required property '"+"otherwise"+"'"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(data41.notSent === undefined){
const err125 = {instancePath:instancePath+"/classification",schemaPath:"#/properties/classification/required",keyword:"required",params:{missingProperty: "notSent"},message:"must have required property '"+"notSent"+"'"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(data41.notEvaluated === undefined){
const err126 = {instancePath:instancePath+"/classification",schemaPath:"#/properties/classification/required",keyword:"required",params:{missingProperty: "notEvaluated"},message:"must have required property '"+"notEvaluated"+"'"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
for(const key9 in data41){
if(!((((key9 === "bands") || (key9 === "otherwise")) || (key9 === "notSent")) || (key9 === "notEvaluated"))){
const err127 = {instancePath:instancePath+"/classification",schemaPath:"#/properties/classification/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data41.bands !== undefined){
let data42 = data41.bands;
if(Array.isArray(data42)){
if(data42.length < 1){
const err128 = {instancePath:instancePath+"/classification/bands",schemaPath:"#/properties/classification/properties/bands/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
const len1 = data42.length;
for(let i2=0; i2<len1; i2++){
let data43 = data42[i2];
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.label === undefined){
const err129 = {instancePath:instancePath+"/classification/bands/" + i2,schemaPath:"#/properties/classification/properties/bands/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(data43.atLeast === undefined){
const err130 = {instancePath:instancePath+"/classification/bands/" + i2,schemaPath:"#/properties/classification/properties/bands/items/required",keyword:"required",params:{missingProperty: "atLeast"},message:"must have required property '"+"atLeast"+"'"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
for(const key10 in data43){
if(!((key10 === "label") || (key10 === "atLeast"))){
const err131 = {instancePath:instancePath+"/classification/bands/" + i2,schemaPath:"#/properties/classification/properties/bands/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data43.label !== undefined){
let data44 = data43.label;
if(typeof data44 === "string"){
if(func3(data44) < 1){
const err132 = {instancePath:instancePath+"/classification/bands/" + i2+"/label",schemaPath:"#/properties/classification/properties/bands/items/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/classification/bands/" + i2+"/label",schemaPath:"#/properties/classification/properties/bands/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data43.atLeast !== undefined){
let data45 = data43.atLeast;
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 > 18 || isNaN(data45)){
const err134 = {instancePath:instancePath+"/classification/bands/" + i2+"/atLeast",schemaPath:"#/properties/classification/properties/bands/items/properties/atLeast/maximum",keyword:"maximum",params:{comparison: "<=", limit: 18},message:"must be <= 18"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(data45 < 0 || isNaN(data45)){
const err135 = {instancePath:instancePath+"/classification/bands/" + i2+"/atLeast",schemaPath:"#/properties/classification/properties/bands/items/properties/atLeast/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
else {
const err136 = {instancePath:instancePath+"/classification/bands/" + i2+"/atLeast",schemaPath:"#/properties/classification/properties/bands/items/properties/atLeast/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
else {
const err137 = {instancePath:instancePath+"/classification/bands/" + i2,schemaPath:"#/properties/classification/properties/bands/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
else {
const err138 = {instancePath:instancePath+"/classification/bands",schemaPath:"#/properties/classification/properties/bands/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data41.otherwise !== undefined){
let data46 = data41.otherwise;
if(typeof data46 === "string"){
if(func3(data46) < 1){
const err139 = {instancePath:instancePath+"/classification/otherwise",schemaPath:"#/properties/classification/properties/otherwise/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/classification/otherwise",schemaPath:"#/properties/classification/properties/otherwise/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data41.notSent !== undefined){
let data47 = data41.notSent;
if(typeof data47 === "string"){
if(func3(data47) < 1){
const err141 = {instancePath:instancePath+"/classification/notSent",schemaPath:"#/properties/classification/properties/notSent/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
else {
const err142 = {instancePath:instancePath+"/classification/notSent",schemaPath:"#/properties/classification/properties/notSent/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data41.notEvaluated !== undefined){
let data48 = data41.notEvaluated;
if(typeof data48 === "string"){
if(func3(data48) < 1){
const err143 = {instancePath:instancePath+"/classification/notEvaluated",schemaPath:"#/properties/classification/properties/notEvaluated/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
else {
const err144 = {instancePath:instancePath+"/classification/notEvaluated",schemaPath:"#/properties/classification/properties/notEvaluated/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
else {
const err145 = {instancePath:instancePath+"/classification",schemaPath:"#/properties/classification/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data.ranking !== undefined){
let data49 = data.ranking;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.order === undefined){
const err146 = {instancePath:instancePath+"/ranking",schemaPath:"#/properties/ranking/required",keyword:"required",params:{missingProperty: "order"},message:"must have required property '"+"order"+"'"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(data49.ties === undefined){
const err147 = {instancePath:instancePath+"/ranking",schemaPath:"#/properties/ranking/required",keyword:"required",params:{missingProperty: "ties"},message:"must have required property '"+"ties"+"'"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
for(const key11 in data49){
if(!((key11 === "order") || (key11 === "ties"))){
const err148 = {instancePath:instancePath+"/ranking",schemaPath:"#/properties/ranking/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data49.order !== undefined){
let data50 = data49.order;
if(Array.isArray(data50)){
if(data50.length < 1){
const err149 = {instancePath:instancePath+"/ranking/order",schemaPath:"#/properties/ranking/properties/order/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
const len2 = data50.length;
for(let i3=0; i3<len2; i3++){
let data51 = data50[i3];
if(!((data51 === "total") || (data51 === "dtbCcvc"))){
const err150 = {instancePath:instancePath+"/ranking/order/" + i3,schemaPath:"#/properties/ranking/properties/order/items/enum",keyword:"enum",params:{allowedValues: schema6.properties.ranking.properties.order.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
let i4 = data50.length;
let j1;
if(i4 > 1){
outer0:
for(;i4--;){
for(j1 = i4; j1--;){
if(func0(data50[i4], data50[j1])){
const err151 = {instancePath:instancePath+"/ranking/order",schemaPath:"#/properties/ranking/properties/order/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err152 = {instancePath:instancePath+"/ranking/order",schemaPath:"#/properties/ranking/properties/order/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data49.ties !== undefined){
let data52 = data49.ties;
if(!((data52 === "competition") || (data52 === "dense"))){
const err153 = {instancePath:instancePath+"/ranking/ties",schemaPath:"#/properties/ranking/properties/ties/enum",keyword:"enum",params:{allowedValues: schema6.properties.ranking.properties.ties.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
else {
const err154 = {instancePath:instancePath+"/ranking",schemaPath:"#/properties/ranking/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data.dtbCcvc !== undefined){
let data53 = data.dtbCcvc;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.bands === undefined){
const err155 = {instancePath:instancePath+"/dtbCcvc",schemaPath:"#/properties/dtbCcvc/required",keyword:"required",params:{missingProperty: "bands"},message:"must have required property '"+"bands"+"'"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if(data53.otherwise === undefined){
const err156 = {instancePath:instancePath+"/dtbCcvc",schemaPath:"#/properties/dtbCcvc/required",keyword:"required",params:{missingProperty: "otherwise"},message:"must have required property '"+"otherwise"+"'"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
for(const key12 in data53){
if(!((key12 === "bands") || (key12 === "otherwise"))){
const err157 = {instancePath:instancePath+"/dtbCcvc",schemaPath:"#/properties/dtbCcvc/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data53.bands !== undefined){
let data54 = data53.bands;
if(Array.isArray(data54)){
if(data54.length < 1){
const err158 = {instancePath:instancePath+"/dtbCcvc/bands",schemaPath:"#/properties/dtbCcvc/properties/bands/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
const len3 = data54.length;
for(let i5=0; i5<len3; i5++){
let data55 = data54[i5];
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.label === undefined){
const err159 = {instancePath:instancePath+"/dtbCcvc/bands/" + i5,schemaPath:"#/properties/dtbCcvc/properties/bands/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(data55.atLeast === undefined){
const err160 = {instancePath:instancePath+"/dtbCcvc/bands/" + i5,schemaPath:"#/properties/dtbCcvc/properties/bands/items/required",keyword:"required",params:{missingProperty: "atLeast"},message:"must have required property '"+"atLeast"+"'"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
for(const key13 in data55){
if(!((key13 === "label") || (key13 === "atLeast"))){
const err161 = {instancePath:instancePath+"/dtbCcvc/bands/" + i5,schemaPath:"#/properties/dtbCcvc/properties/bands/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data55.label !== undefined){
let data56 = data55.label;
if(typeof data56 === "string"){
if(func3(data56) < 1){
const err162 = {instancePath:instancePath+"/dtbCcvc/bands/" + i5+"/label",schemaPath:"#/properties/dtbCcvc/properties/bands/items/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
else {
const err163 = {instancePath:instancePath+"/dtbCcvc/bands/" + i5+"/label",schemaPath:"#/properties/dtbCcvc/properties/bands/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data55.atLeast !== undefined){
let data57 = data55.atLeast;
if((typeof data57 == "number") && (isFinite(data57))){
if(data57 > 10 || isNaN(data57)){
const err164 = {instancePath:instancePath+"/dtbCcvc/bands/" + i5+"/atLeast",schemaPath:"#/properties/dtbCcvc/properties/bands/items/properties/atLeast/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
if(data57 < 0 || isNaN(data57)){
const err165 = {instancePath:instancePath+"/dtbCcvc/bands/" + i5+"/atLeast",schemaPath:"#/properties/dtbCcvc/properties/bands/items/properties/atLeast/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
else {
const err166 = {instancePath:instancePath+"/dtbCcvc/bands/" + i5+"/atLeast",schemaPath:"#/properties/dtbCcvc/properties/bands/items/properties/atLeast/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
else {
const err167 = {instancePath:instancePath+"/dtbCcvc/bands/" + i5,schemaPath:"#/properties/dtbCcvc/properties/bands/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
else {
const err168 = {instancePath:instancePath+"/dtbCcvc/bands",schemaPath:"#/properties/dtbCcvc/properties/bands/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data53.otherwise !== undefined){
let data58 = data53.otherwise;
if(typeof data58 === "string"){
if(func3(data58) < 1){
const err169 = {instancePath:instancePath+"/dtbCcvc/otherwise",schemaPath:"#/properties/dtbCcvc/properties/otherwise/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
else {
const err170 = {instancePath:instancePath+"/dtbCcvc/otherwise",schemaPath:"#/properties/dtbCcvc/properties/otherwise/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
}
else {
const err171 = {instancePath:instancePath+"/dtbCcvc",schemaPath:"#/properties/dtbCcvc/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data.nationalIndex !== undefined){
let data59 = data.nationalIndex;
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(data59.name === undefined){
const err172 = {instancePath:instancePath+"/nationalIndex",schemaPath:"#/properties/nationalIndex/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if(data59.decimals === undefined){
const err173 = {instancePath:instancePath+"/nationalIndex",schemaPath:"#/properties/nationalIndex/required",keyword:"required",params:{missingProperty: "decimals"},message:"must have required property '"+"decimals"+"'"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(data59.withdrawnCases === undefined){
const err174 = {instancePath:instancePath+"/nationalIndex",schemaPath:"#/properties/nationalIndex/required",keyword:"required",params:{missingProperty: "withdrawnCases"},message:"must have required property '"+"withdrawnCases"+"'"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if(data59.groups === undefined){
const err175 = {instancePath:instancePath+"/nationalIndex",schemaPath:"#/properties/nationalIndex/required",keyword:"required",params:{missingProperty: "groups"},message:"must have required property '"+"groups"+"'"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
for(const key14 in data59){
if(!((((key14 === "name") || (key14 === "decimals")) || (key14 === "withdrawnCases")) || (key14 === "groups"))){
const err176 = {instancePath:instancePath+"/nationalIndex",schemaPath:"#/properties/nationalIndex/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
if(data59.name !== undefined){
let data60 = data59.name;
if(typeof data60 === "string"){
if(func3(data60) < 1){
const err177 = {instancePath:instancePath+"/nationalIndex/name",schemaPath:"#/properties/nationalIndex/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
else {
const err178 = {instancePath:instancePath+"/nationalIndex/name",schemaPath:"#/properties/nationalIndex/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data59.decimals !== undefined){
let data61 = data59.decimals;
if(!(((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61))) && (isFinite(data61)))){
const err179 = {instancePath:instancePath+"/nationalIndex/decimals",schemaPath:"#/properties/nationalIndex/properties/decimals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if((typeof data61 == "number") && (isFinite(data61))){
if(data61 > 4 || isNaN(data61)){
const err180 = {instancePath:instancePath+"/nationalIndex/decimals",schemaPath:"#/properties/nationalIndex/properties/decimals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if(data61 < 0 || isNaN(data61)){
const err181 = {instancePath:instancePath+"/nationalIndex/decimals",schemaPath:"#/properties/nationalIndex/properties/decimals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
if(data59.withdrawnCases !== undefined){
let data62 = data59.withdrawnCases;
if(!((data62 === "onTime") || (data62 === "notCounted"))){
const err182 = {instancePath:instancePath+"/nationalIndex/withdrawnCases",schemaPath:"#/properties/nationalIndex/properties/withdrawnCases/enum",keyword:"enum",params:{allowedValues: schema6.properties.nationalIndex.properties.withdrawnCases.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data59.groups !== undefined){
let data63 = data59.groups;
if(Array.isArray(data63)){
if(data63.length > 6){
const err183 = {instancePath:instancePath+"/nationalIndex/groups",schemaPath:"#/properties/nationalIndex/properties/groups/maxItems",keyword:"maxItems",params:{limit: 6},message:"must NOT have more than 6 items"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if(data63.length < 6){
const err184 = {instancePath:instancePath+"/nationalIndex/groups",schemaPath:"#/properties/nationalIndex/properties/groups/minItems",keyword:"minItems",params:{limit: 6},message:"must NOT have fewer than 6 items"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
const len4 = data63.length;
for(let i6=0; i6<len4; i6++){
let data64 = data63[i6];
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
if(data64.id === undefined){
const err185 = {instancePath:instancePath+"/nationalIndex/groups/" + i6,schemaPath:"#/properties/nationalIndex/properties/groups/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if(data64.name === undefined){
const err186 = {instancePath:instancePath+"/nationalIndex/groups/" + i6,schemaPath:"#/properties/nationalIndex/properties/groups/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if(data64.splitSettled === undefined){
const err187 = {instancePath:instancePath+"/nationalIndex/groups/" + i6,schemaPath:"#/properties/nationalIndex/properties/groups/items/required",keyword:"required",params:{missingProperty: "splitSettled"},message:"must have required property '"+"splitSettled"+"'"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
if(data64.metrics === undefined){
const err188 = {instancePath:instancePath+"/nationalIndex/groups/" + i6,schemaPath:"#/properties/nationalIndex/properties/groups/items/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
for(const key15 in data64){
if(!((((key15 === "id") || (key15 === "name")) || (key15 === "splitSettled")) || (key15 === "metrics"))){
const err189 = {instancePath:instancePath+"/nationalIndex/groups/" + i6,schemaPath:"#/properties/nationalIndex/properties/groups/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data64.id !== undefined){
let data65 = data64.id;
if(!((((((data65 === "cong-khai") || (data65 === "tien-do")) || (data65 === "truc-tuyen")) || (data65 === "thanh-toan")) || (data65 === "so-hoa")) || (data65 === "hai-long"))){
const err190 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/id",schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/id/enum",keyword:"enum",params:{allowedValues: schema6.properties.nationalIndex.properties.groups.items.properties.id.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data64.name !== undefined){
let data66 = data64.name;
if(typeof data66 === "string"){
if(func3(data66) < 1){
const err191 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/name",schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
else {
const err192 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/name",schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data64.splitSettled !== undefined){
if(typeof data64.splitSettled !== "boolean"){
const err193 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/splitSettled",schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/splitSettled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data64.metrics !== undefined){
let data68 = data64.metrics;
if(Array.isArray(data68)){
if(data68.length < 1){
const err194 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics",schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
const len5 = data68.length;
for(let i7=0; i7<len5; i7++){
let data69 = data68[i7];
const _errs145 = errors;
let valid30 = true;
const _errs146 = errors;
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
let missing0;
if((data69.source === undefined) && (missing0 = "source")){
const err195 = {};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
else {
if(data69.source !== undefined){
const _errs148 = errors;
const _errs149 = errors;
if("entered" !== data69.source){
const err196 = {};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
var valid32 = _errs149 === errors;
if(valid32){
const err197 = {};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
else {
errors = _errs148;
if(vErrors !== null){
if(_errs148){
vErrors.length = _errs148;
}
else {
vErrors = null;
}
}
}
}
}
}
var _valid0 = _errs146 === errors;
errors = _errs145;
if(vErrors !== null){
if(_errs145){
vErrors.length = _errs145;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs150 = errors;
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
if(data69.fullAtPercent === undefined){
const err198 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics/" + i7,schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/items/then/required",keyword:"required",params:{missingProperty: "fullAtPercent"},message:"must have required property '"+"fullAtPercent"+"'"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
var _valid0 = _errs150 === errors;
valid30 = _valid0;
}
if(!valid30){
const err199 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics/" + i7,schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
if(data69.id === undefined){
const err200 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics/" + i7,schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
if(data69.name === undefined){
const err201 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics/" + i7,schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
if(data69.max === undefined){
const err202 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics/" + i7,schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/items/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
if(data69.source === undefined){
const err203 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics/" + i7,schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/items/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
for(const key16 in data69){
if(!(((((key16 === "id") || (key16 === "name")) || (key16 === "max")) || (key16 === "source")) || (key16 === "fullAtPercent"))){
const err204 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics/" + i7,schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data69.id !== undefined){
let data71 = data69.id;
if(typeof data71 === "string"){
if(!pattern4.test(data71)){
const err205 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics/" + i7+"/id",schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
else {
const err206 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics/" + i7+"/id",schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data69.name !== undefined){
let data72 = data69.name;
if(typeof data72 === "string"){
if(func3(data72) < 1){
const err207 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics/" + i7+"/name",schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
else {
const err208 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics/" + i7+"/name",schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data69.max !== undefined){
let data73 = data69.max;
if((typeof data73 == "number") && (isFinite(data73))){
if(data73 > 100 || isNaN(data73)){
const err209 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics/" + i7+"/max",schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/items/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if(data73 <= 0 || isNaN(data73)){
const err210 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics/" + i7+"/max",schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/items/properties/max/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
else {
const err211 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics/" + i7+"/max",schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/items/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data69.source !== undefined){
let data74 = data69.source;
if(!((((((((data74 === "entered") || (data74 === "progress")) || (data74 === "onlineFiling")) || (data74 === "synced")) || (data74 === "paidOnline")) || (data74 === "digitisedFile")) || (data74 === "digitisedResult")) || (data74 === "satisfaction"))){
const err212 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics/" + i7+"/source",schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/items/properties/source/enum",keyword:"enum",params:{allowedValues: schema6.properties.nationalIndex.properties.groups.items.properties.metrics.items.properties.source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(data69.fullAtPercent !== undefined){
let data75 = data69.fullAtPercent;
if((typeof data75 == "number") && (isFinite(data75))){
if(data75 > 100 || isNaN(data75)){
const err213 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics/" + i7+"/fullAtPercent",schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/items/properties/fullAtPercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
if(data75 <= 0 || isNaN(data75)){
const err214 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics/" + i7+"/fullAtPercent",schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/items/properties/fullAtPercent/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
else {
const err215 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics/" + i7+"/fullAtPercent",schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/items/properties/fullAtPercent/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
}
else {
const err216 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics/" + i7,schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
}
else {
const err217 = {instancePath:instancePath+"/nationalIndex/groups/" + i6+"/metrics",schemaPath:"#/properties/nationalIndex/properties/groups/items/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
}
else {
const err218 = {instancePath:instancePath+"/nationalIndex/groups/" + i6,schemaPath:"#/properties/nationalIndex/properties/groups/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
}
else {
const err219 = {instancePath:instancePath+"/nationalIndex/groups",schemaPath:"#/properties/nationalIndex/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
}
else {
const err220 = {instancePath:instancePath+"/nationalIndex",schemaPath:"#/properties/nationalIndex/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
}
else {
const err221 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

