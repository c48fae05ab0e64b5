/// The JSON API's description (OpenAPI 3.1), served at `/api/openapi.json`; schemathesis
/// tests the API against it.
enum OpenAPI {
  static let document = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "sangkien",
        "version": "1",
        "description": "Chấm điểm sáng kiến cải cách thủ tục hành chính: the judges' API. Errors are {error, errors?} in Vietnamese (Accept-Language: en for English). State-changing requests carry the session's CSRF token in X-CSRF-Token."
      },
      "servers": [{"url": "/api/v1"}],
      "components": {
        "securitySchemes": {
          "session": {"type": "apiKey", "in": "cookie", "name": "sk_session"},
          "csrf": {"type": "apiKey", "in": "header", "name": "X-CSRF-Token"}
        },
        "schemas": {
          "Error": {
            "type": "object", "required": ["error"],
            "properties": {
              "error": {"type": "string"},
              "errors": {"type": "array", "items": {
                "type": "object", "required": ["field", "message"],
                "properties": {"field": {"type": "string"}, "message": {"type": "string"}}}},
              "current": {"$ref": "#/components/schemas/Sheet"}
            }
          },
          "Me": {
            "type": "object", "required": ["login", "name", "role"],
            "properties": {
              "login": {"type": "string"}, "name": {"type": "string"},
              "role": {"type": "string", "enum": ["secretariat", "organiser", "judge"]},
              "csrf": {"type": "string"}, "must_set_password": {"type": "boolean"}
            }
          },
          "Criterion": {
            "type": "object", "required": ["id", "name", "max", "bands"],
            "properties": {
              "id": {"type": "string"}, "name": {"type": "string"}, "max": {"type": "number"},
              "step": {"type": "number"},
              "bands": {"type": "array", "items": {"type": "object", "required": ["min", "max", "label"],
                "properties": {"min": {"type": "number"}, "max": {"type": "number"}, "label": {"type": "string"}}}},
              "criteria": {"type": "array", "items": {"$ref": "#/components/schemas/Criterion"}}
            }
          },
          "Round": {
            "type": "object", "required": ["id", "name", "state", "rubric"],
            "properties": {
              "id": {"type": "string"}, "name": {"type": "string"},
              "state": {"type": "string", "enum": ["open", "closed"]},
              "rubric": {"type": "object", "required": ["id", "name", "criteria"], "properties": {
                "id": {"type": "string"}, "name": {"type": "string"},
                "criteria": {"type": "array", "items": {"$ref": "#/components/schemas/Criterion"}}}}
            }
          },
          "Worklist": {
            "type": "object", "required": ["round", "judge", "entries"],
            "properties": {
              "round": {"type": "string"}, "judge": {"type": "string"},
              "entries": {"type": "array", "items": {
                "type": "object", "required": ["code", "title", "summary", "attachments", "state", "total"],
                "properties": {
                  "code": {"type": "string"}, "title": {"type": "string"}, "summary": {"type": "string"},
                  "attachments": {"type": "array", "items": {"type": "object",
                    "required": ["id", "name", "size", "sha256"],
                    "properties": {"id": {"type": "integer"}, "name": {"type": "string"},
                      "size": {"type": "integer"}, "sha256": {"type": "string"}}}},
                  "state": {"type": "string", "enum": ["todo", "draft", "submitted"]},
                  "total": {"type": ["number", "null"]}
                }}}
            }
          },
          "Sheet": {
            "type": "object",
            "required": [
              "round", "judge", "entry", "state", "points", "comment", "total", "version", "editable",
              "submitted_total", "pending"
            ],
            "properties": {
              "round": {"type": "string"}, "judge": {"type": "string"}, "entry": {"type": "string"},
              "state": {"type": "string", "enum": ["todo", "draft", "submitted"]},
              "points": {"type": "object", "additionalProperties": {"type": "number"}},
              "comment": {"type": "string"}, "total": {"type": "number"}, "version": {"type": "integer"},
              "editable": {"type": "boolean",
                "description": "false when the round is closed or locks submitted sheets and this one is not reopened"},
              "submitted_total": {"type": ["number", "null"],
                "description": "the submitted sheet's total, which counts until another submission replaces it"},
              "pending": {"type": "boolean",
                "description": "true when changes typed over a submitted sheet are not submitted"}
            }
          },
          "SheetSave": {
            "type": "object", "required": ["version"],
            "properties": {
              "points": {"type": "object", "additionalProperties": {"type": ["number", "string", "null"]}},
              "comment": {"type": "string", "maxLength": 4000}, "submit": {"type": "boolean"},
              "version": {"type": "integer", "minimum": 0}
            }
          },
          "Ok": {"type": "object", "properties": {"ok": {"type": "boolean"}}},
          "Progress": {
            "type": "object", "required": ["round", "judges", "entries"],
            "description": "as sangkien score progress --format json",
            "properties": {
              "round": {"type": "string"},
              "judges": {"type": "array", "items": {"type": "object",
                "required": ["judge", "assigned", "done"],
                "properties": {"judge": {"type": "string"}, "assigned": {"type": "integer"}, "done": {"type": "integer"}}}},
              "entries": {"type": "array", "items": {"type": "object",
                "required": ["entry", "sheets", "assigned", "missing"],
                "properties": {"entry": {"type": "string"}, "sheets": {"type": "integer"}, "assigned": {"type": "integer"},
                  "missing": {"type": "array", "items": {"type": "string"}}, "unassigned": {"type": "integer"}}}}
            }
          },
          "Ranking": {
            "type": "object", "required": ["contest", "round", "method", "entries"],
            "description": "the document of sangkien rank --format json",
            "properties": {
              "contest": {"type": "string"}, "round": {"type": "string"}, "method": {"type": "string"},
              "generated_at": {"type": "string"}, "audit_head": {"type": "string"},
              "publication": {"type": "string"},
              "entries": {"type": "array", "items": {"type": "object",
                "required": ["rank", "code", "title", "score", "judge_count", "flags"],
                "properties": {
                  "rank": {"type": ["integer", "null"]}, "code": {"type": "string"}, "title": {"type": "string"},
                  "category": {"type": "string"}, "entrant_kind": {"type": "string"},
                  "score": {"type": ["number", "null"]}, "judge_count": {"type": "integer"},
                  "judge_totals": {"type": "object", "additionalProperties": {"type": "number"}},
                  "criteria": {"type": "object", "additionalProperties": {"type": "number"}},
                  "flags": {"type": "array", "items": {"type": "string",
                    "enum": ["disagreement", "disagreement-resolved", "incomplete", "tie-at-prize-boundary"]}},
                  "settlement": {"type": "object", "required": ["kind", "text"],
                    "description": "how a further marking settled the entry (a round with resolution)",
                    "properties": {"kind": {"type": "string", "enum": ["awaiting", "mean-all", "mean-closest-two"]},
                      "text": {"type": "string"}}},
                  "prize": {"type": ["string", "null"]}}}}
            }
          }
        },
        "responses": {
          "Error": {"description": "refused", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        },
        "parameters": {
          "round": {"name": "round", "in": "path", "required": true, "schema": {"type": "string"}, "example": "so-khao"},
          "code": {"name": "code", "in": "path", "required": true, "schema": {"type": "string"}, "example": "SK-0001"},
          "judge": {"name": "judge", "in": "query", "required": false, "schema": {"type": "string"},
            "description": "the judge, for the staff (a judge is always themselves)"}
        }
      },
      "security": [{"session": []}],
      "paths": {
        "/sign-in": {"post": {
          "security": [],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {
            "type": "object", "required": ["login"],
            "properties": {"login": {"type": "string"}, "password": {"type": "string"}, "code": {"type": "string"}}}}}},
          "responses": {
            "200": {"description": "signed in", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Me"}}}},
            "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
            "403": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"},
            "415": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"},
            "429": {"$ref": "#/components/responses/Error"}
          }}},
        "/password": {"post": {
          "security": [{"session": [], "csrf": []}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {
            "type": "object", "required": ["new_password"], "properties": {"new_password": {"type": "string", "minLength": 10},
              "current_password": {"type": "string", "description": "required unless signed in with a one-time code"}}}}}},
          "responses": {
            "200": {"description": "set", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Ok"}}}},
            "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
            "403": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"},
            "422": {"$ref": "#/components/responses/Error"}
          }}},
        "/sign-out": {"post": {
          "security": [{"session": [], "csrf": []}],
          "responses": {
            "200": {"description": "signed out", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Ok"}}}},
            "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}
          }}},
        "/me": {"get": {"responses": {
          "200": {"description": "who", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Me"}}}},
          "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}},
        "/rounds": {"get": {"responses": {
          "200": {"description": "the rounds", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Round"}}}}},
          "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}},
        "/rounds/{round}/worklist": {"get": {
          "parameters": [{"$ref": "#/components/parameters/round"}, {"$ref": "#/components/parameters/judge"}],
          "responses": {
            "200": {"description": "the worklist", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Worklist"}}}},
            "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
            "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"},
            "422": {"$ref": "#/components/responses/Error"}
          }}},
        "/rounds/{round}/sheets/{code}": {
          "get": {
            "parameters": [{"$ref": "#/components/parameters/round"}, {"$ref": "#/components/parameters/code"}, {"$ref": "#/components/parameters/judge"}],
            "responses": {
              "200": {"description": "the sheet", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Sheet"}}}},
              "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"},
              "422": {"$ref": "#/components/responses/Error"}
            }},
          "put": {
            "security": [{"session": [], "csrf": []}],
            "parameters": [{"$ref": "#/components/parameters/round"}, {"$ref": "#/components/parameters/code"}, {"$ref": "#/components/parameters/judge"}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SheetSave"}}}},
            "responses": {
              "200": {"description": "saved", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Sheet"}}}},
              "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
              "409": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"},
              "422": {"$ref": "#/components/responses/Error"}
            }}
        },
        "/rounds/{round}/conflicts/{code}": {"post": {
          "security": [{"session": [], "csrf": []}],
          "parameters": [{"$ref": "#/components/parameters/round"}, {"$ref": "#/components/parameters/code"}, {"$ref": "#/components/parameters/judge"}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {
            "type": "object", "required": ["reason"], "properties": {"reason": {"type": "string", "maxLength": 1000}}}}}},
          "responses": {
            "200": {"description": "declared", "content": {"application/json": {"schema": {"type": "object"}}}},
            "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
            "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
            "409": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"},
            "422": {"$ref": "#/components/responses/Error"}
          }}},
        "/rounds/{round}/progress": {"get": {
          "description": "staff only: per judge assigned and done, per entry sheets in and missing",
          "parameters": [{"$ref": "#/components/parameters/round"}],
          "responses": {
            "200": {"description": "the progress", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Progress"}}}},
            "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
            "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"},
            "422": {"$ref": "#/components/responses/Error"}
          }}},
        "/rounds/{round}/ranking": {"get": {
          "description": "staff only: the ranking, as sangkien rank",
          "parameters": [{"$ref": "#/components/parameters/round"},
            {"name": "method", "in": "query", "required": false, "schema": {"type": "string", "enum": ["mean", "trimmed", "median", "zscore"]}},
            {"name": "category", "in": "query", "required": false, "schema": {"type": "string"}},
            {"name": "group", "in": "query", "required": false, "schema": {"type": "string"}}],
          "responses": {
            "200": {"description": "the ranking", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Ranking"}}}},
            "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
            "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"},
            "422": {"$ref": "#/components/responses/Error"}
          }}},
        "/entries/{code}/attachments/{id}": {"get": {
          "parameters": [{"$ref": "#/components/parameters/code"},
            {"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
          "responses": {
            "200": {"description": "the file, with its media type", "content": {"application/octet-stream": {}}},
            "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
            "404": {"$ref": "#/components/responses/Error"}
          }}}
      }
    }
    """#
}
